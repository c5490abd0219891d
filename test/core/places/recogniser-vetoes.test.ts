// Recogniser and veto rules measured on local news (rules alone), each with sentences of our own, both ways.
import { describe, expect, it } from 'vitest';
import { mentionsIn, mentionTexts } from './mentions-helper.ts';

const run = mentionsIn;
const names = mentionTexts;

describe('words that are not places', () => {
  it('reads sentence-initial prepositions and modal verbs as words', () => {
    expect(names('Along the way, the river feeds the forest.')).toEqual([]);
    expect(names('Can you imagine the flood? Amid the rain, crews worked.')).toEqual([]);
  });

  it('does not take a cut-short alternate for the city ("Pat", "Far", "Bud")', () => {
    expect(names('The plan was approved, said Pat Johnson, the town clerk.')).not.toContain('Pat');
    expect(names('Far too often the road floods.')).toEqual([]);
  });

  it('reads a town name before "administration" as a president', () => {
    expect(names('The Obama administration and the Clinton administration disagreed.')).toEqual([]);
    // a country keeps its place
    expect(names('The US administration disagreed.')).toEqual(['US']);
  });

  it('reads "Name & Name" as a firm', () => {
    expect(names('The city hired Stevens & Wilkinson to design the hall.')).not.toContain('Stevens');
    expect(names('Flights between Paris & London resumed.')).toEqual(['Paris', 'London']);
  });

  it('takes a surname after a first name that ends like a common word', () => {
    const t = 'Hillary Clinton arrived on Monday. Clinton spoke of the talks.';
    expect(names(t)).not.toContain('Clinton');
  });
});

describe('places inside longer names', () => {
  it('keeps a town before an institution named after it, further along the name', () => {
    expect(names('Repairs to the Mansfield Law Enforcement Center were approved.')).toContain('Mansfield');
    expect(names('The Nashville Film Festival Director spoke.')).toContain('Nashville');
  });

  it('still drops a town inside a person-like or landform name', () => {
    expect(names('The Santa Clara Valley Water District voted.')).not.toContain('Santa Clara');
    expect(names('The Chattahoochee Valley Community College team won.')).not.toContain('Chattahoochee');
  });

  it('keeps a state before its highway patrol, turnpike or court, not before a street', () => {
    expect(names('The Florida Highway Patrol closed the road.')).toContain('Florida');
    expect(names('A crash on the Ohio Turnpike closed two lanes.')).toContain('Ohio');
    expect(names('The Kentucky Court of Appeals ruled.')).toContain('Kentucky');
    expect(names('He lives on Dublin Road near the school.')).not.toContain('Dublin');
  });

  it('reads a town before a two-word street name, or in "X and Y streets", as part of a street', () => {
    expect(names('She lived in a Van Dorn Street apartment.')).toEqual([]);
    expect(names('A main broke at the corner of Lakeview and Harrison streets.')).toEqual([]);
    expect(names('The store will rise at the intersection of Woodfield and Martingale roads.')).toEqual([]);
    // two towns joined by "and" are still towns, and "Dr" after a name may be a title
    expect(names('Floods closed roads in Kherson and Mykolaiv on Monday.')).toEqual(['Kherson', 'Mykolaiv']);
    expect(names('An Oxford GP Dr Tia MacGregor backed the idea.')).toContain('Oxford');
  });

  it('keeps a place that shares a surname where it is used as a place', () => {
    const t = 'Jim Rochester won the race. Rochester police said the storm would stay in Rochester.';
    const ms = run(t).filter((m) => m.text === 'Rochester');
    expect(ms.map((m) => m.start)).toEqual([t.indexOf('Rochester police'), t.lastIndexOf('Rochester')]);
    expect(names('Jim Rochester won the race. Rochester said he was tired.')).not.toContain('Rochester');
  });
});

describe('New York: the city alone, the state where the words say so', () => {
  const at = (t: string) => run(t).find((m) => m.text === 'New York');
  it('reads "New York" alone as the city, with the reason', () => {
    const m = at('Thousands marched in New York on Saturday, police said.');
    expect(m?.place?.name).toBe('New York City');
    expect(m?.reason).toMatch(/alone names the city/);
  });

  it('reads it as the state after upstate, before state, governor or a possessive office, and as a qualifier', () => {
    for (const t of ['Snow fell across upstate New York on Monday.', "New York's governor signed the bill.", 'Farmers in New York state grow apples.',
      'The company moved from Albany, New York, to Boston.', 'The Governor of New York spoke.', 'Voters in Ohio, New York and Texas went to the polls.']) {
      expect(at(t)?.place?.featureCode, t).toBe('ADM1');
    }
  });

  it('leaves a country alone: "Mexico" is not Mexico City', () => {
    expect(run('Exports to Mexico rose.').find((m) => m.text === 'Mexico')?.place?.featureCode).toBe('PCLI');
  });
});

describe('Arabic names', () => {
  it('does not read the first word of a longer Arabic name as a place of its own', () => {
    const ms = run('Rockets hit Ain al-Asad air base on Wednesday. Fighters reached Tal Hamis and Deir Hafer.');
    expect(ms.map((m) => m.text)).not.toContain('Ain');
    expect(ms.map((m) => m.text)).not.toContain('Tal');
    expect(ms.map((m) => m.text)).not.toContain('Deir');
    // the French department by its own word stays
    expect(run('Floods hit the Ain department in France.').find((m) => m.text === 'Ain')?.place?.country).toBe('FR');
  });

  it('does not read the rest of an unknown "Al-X" as a town called X elsewhere', () => {
    expect(run('Rebels shelled Al-Rai, near the border, on Friday.').map((m) => m.text)).not.toContain('Rai');
  });

  it('finds a province by its press spelling without the article', () => {
    expect(run('Rockets hit a base in Anbar on Wednesday.').find((m) => m.text === 'Anbar')?.place?.name).toBe('Al Anbar');
  });
});

describe('country names inside other names', () => {
  it('reads a demonym after a verb of speaking, or "in X" closing a phrase, as a language', () => {
    expect(names('She spoke only French when she arrived.')).not.toContain('French');
    expect(names('The ad ran in English and Spanish.')).not.toContain('Spanish');
    // the adjective stays a place
    expect(names('French officials said the plan would help.')).toContain('French');
    expect(names('It shows what went on in Russian-American art.')).toContain('Russian');
  });

  it('reads "United Russia" and "X of America" as organisations', () => {
    expect(names('The United Russia candidate won the vote.')).not.toContain('Russia');
    expect(names('He is treasurer of the Future Farmers of America.')).not.toContain('America');
    expect(names('Troops left Russia on Monday for America.')).toEqual(['Russia', 'America']);
  });
});
