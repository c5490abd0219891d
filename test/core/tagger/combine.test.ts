import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { taggerLed } from '../../../src/core/tagger/combine.ts';

const mention = (start: number, end: number, role = 'literal', precision = 'city') => ({ start, end, role, place: { precision } });

describe('tagger-led combination', () => {
  it('keeps rule mentions a tagger span overlaps, country names, named regions and demonyms; drops the rest', () => {
    const mentions = [
      mention(0, 5), // backed
      mention(10, 16), // not backed: dropped
      mention(20, 25, 'literal', 'country'), // a country name: kept
      mention(30, 37, 'demonym', 'country'), // a demonym: kept
      mention(40, 52), // partly backed: kept
      { start: 60, end: 64, role: 'literal', place: null }, // unplaced and not backed: dropped
      { start: 70, end: 83, role: 'literal', place: { precision: 'region', featureCode: 'RGN' } }, // a named region: kept
      { start: 90, end: 97, role: 'literal', place: { precision: 'region', featureCode: 'ADM1' } }, // an admin-1 name: needs the tagger
    ];
    const kept = taggerLed(mentions, [{ start: 45, end: 55 }, { start: 0, end: 5 }]);
    expect(kept.map((m) => m.start)).toEqual([0, 20, 30, 40, 70]);
  });

  it('agrees with the plain overlap rule on any disjoint spans', () => {
    const span = fc.tuple(fc.nat(200), fc.integer({ min: 1, max: 15 })).map(([s, l]) => ({ start: s, end: s + l }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 20 }), fc.array(span, { maxLength: 20 }), (ms, raw) => {
        // propose() never returns overlapping spans
        const proposals: { start: number; end: number }[] = [];
        for (const s of raw.sort((a, b) => a.start - b.start)) if (!proposals.length || s.start >= proposals[proposals.length - 1].end) proposals.push(s);
        const mentions = ms.map((m) => mention(m.start, m.end));
        const expected = mentions.filter((m) => proposals.some((p) => p.start < m.end && m.start < p.end));
        expect(taggerLed(mentions, proposals)).toEqual(expected);
      }),
    );
  });

  it('with the text, keeps an acting capital and an item of a list the tagger left out, and nothing else', () => {
    const text = 'Canberra said the fires in Kiev, Kharkiv and Odesa spread. Later Perth was quiet.';
    const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
    const mentions = [
      { ...at('Canberra'), role: 'metonymy', place: { precision: 'city' } },
      { ...at('Kiev'), role: 'literal', place: { precision: 'city' } },
      { ...at('Kharkiv'), role: 'literal', place: { precision: 'city' } },
      { ...at('Odesa'), role: 'literal', place: { precision: 'city' } },
      { ...at('Perth'), role: 'literal', place: { precision: 'city' } },
    ];
    // the tagger backed only Kharkiv
    const kept = taggerLed(mentions, [at('Kharkiv')], text).map((m) => text.slice(m.start, m.end));
    expect(kept).toEqual(['Canberra', 'Kiev', 'Kharkiv', 'Odesa']);
    // without the text, only what the tagger backs
    expect(taggerLed(mentions, [at('Kharkiv')]).map((m) => text.slice(m.start, m.end))).toEqual(['Kharkiv']);
  });

  it('keeps a town right after a locative preposition that the tagger doubted, but not a part of a longer name', () => {
    const text = [
      'A strike on Odesa killed two.', // kept: the slot says place
      'Shelling near Bakhmut went on.', // kept
      'Odesa was quiet.', // no preposition: the tagger decides
      'Pupils at Buffalo Science Center left.', // part of a longer name
      'We ate at Henry’s diner.', // a possessive
      'A strike on UN school killed six.', // an acronym
      'The wounded went to Madina hospital, and a doctor at Madina said so.', // a building, a speaker
      'Troops withdrew toward Rawa.', // a direction, not a scene
      'A strike on Tiny killed one.', // a hamlet of 40 people: too weak without the tagger
    ].join(' ');
    const mentions: { start: number; end: number; role: string; place: { precision: string; population: number } }[] = [];
    const add = (w: string, from = 0, population = 500_000) => {
      const start = text.indexOf(w, from);
      mentions.push({ start, end: start + w.length, role: 'literal', place: { precision: 'city', population } });
      return start + w.length;
    };
    add('Odesa'); add('Bakhmut'); add('Odesa', text.indexOf('Odesa') + 1); add('Buffalo'); add('Henry'); add('UN');
    const madina = add('Madina'); add('Madina', madina); add('Rawa'); add('Tiny', 0, 40);
    const kept = taggerLed(mentions, [], text).map((m) => `${text.slice(m.start, m.end)}@${m.start}`);
    expect(kept).toEqual([`Odesa@${text.indexOf('Odesa')}`, `Bakhmut@${text.indexOf('Bakhmut')}`]);
  });

  it("keeps a town the tagger doubted as the object of a verb of attack, and a big one's possessive there", () => {
    const text = [
      'Gunmen attacked Karachi’s airport.', // kept: a big town's part
      'Troops shelled Kupiansk on Monday.', // kept: the object is the scene
      'Thieves attacked Jackson’s house.', // a small town's possessive: a person's, the tagger decides
      'Police raided Henry Street.', // a longer name
      'Rebels visited Rawa.', // no verb of attack
    ].join(' ');
    const mentions: { start: number; end: number; role: string; place: { precision: string; population: number } }[] = [];
    const add = (w: string, population: number) => {
      const start = text.indexOf(w);
      mentions.push({ start, end: start + w.length, role: 'literal', place: { precision: 'city', population } });
    };
    add('Karachi', 11_000_000); add('Kupiansk', 27_000); add('Jackson', 20_000); add('Henry', 5000); add('Rawa', 10_000);
    expect(taggerLed(mentions, [], text).map((m) => text.slice(m.start, m.end))).toEqual(['Karachi', 'Kupiansk']);
  });
});

describe('tagger-led combination: names the slot around them makes places', () => {
  const build = (text: string, words: Array<[string, number, string?, string?]>) => words.map(([w, population, precision = 'city', featureCode]) => {
    const start = text.indexOf(w);
    return { start, end: start + w.length, role: 'literal', place: { precision, population, ...(featureCode ? { featureCode } : {}) } };
  });

  it('keeps a town before a word for the land around it or a stretch of front, after "the"', () => {
    const text = [
      'He was killed in the Manbij countryside.', // kept
      'Fighting on the Bakhmut front went on.', // kept
      'Jackson area residents met.', // no "the": the tagger decides
      'the Webb campaign said', // not a word for land
      'in the Tiny district', // a hamlet of 40: too weak
    ].join(' ');
    const mentions = build(text, [['Manbij', 99_000], ['Bakhmut', 70_000], ['Jackson', 20_000], ['Webb', 5000], ['Tiny', 40]]);
    expect(taggerLed(mentions, [], text).map((m) => text.slice(m.start, m.end))).toEqual(['Manbij', 'Bakhmut']);
  });

  it('keeps a town used as the adjective of its street or market after an article ("a crowded Baquba street")', () => {
    const text = [
      'A bomb went off on a crowded Baquba street.', // kept
      'Gunmen raided the Dora market.', // kept
      'Jackson street fair opened.', // no article: the tagger decides
      'a Webb campaign office', // not a part of a town
      'a busy Tiny street', // a hamlet of 40: too weak
    ].join(' ');
    const mentions = build(text, [['Baquba', 150_000], ['Dora', 20_000], ['Jackson', 20_000], ['Webb', 5000], ['Tiny', 40]]);
    expect(taggerLed(mentions, [], text).map((m) => text.slice(m.start, m.end))).toEqual(['Baquba', 'Dora']);
  });

  it('keeps a town or a region whose land the text names by its side ("the east Hama countryside")', () => {
    const text = [
      'Rebels attacked the east Hama countryside.', // a region: kept
      'Jets struck eastern Manbij countryside.', // kept, with no "the"
      'the northern Webb campaign said', // not a word for land
      'Jackson area residents met.', // no side: the tagger decides
    ].join(' ');
    const mentions = build(text, [['Hama', 0, 'region', 'ADM1'], ['Manbij', 99_000], ['Webb', 5000], ['Jackson', 20_000]]);
    expect(taggerLed(mentions, [], text).map((m) => text.slice(m.start, m.end))).toEqual(['Hama', 'Manbij']);
  });

  it("keeps a place whose governor, mayor or outskirts the text names, and not a person's things", () => {
    const text = [
      "Tulkarm's governor said the dead were protesters.", // kept
      'Kherson’s mayor spoke.', // kept
      "Idlib's outskirts were shelled.", // a region: kept
      "Grozny's streets were patrolled.", // kept
      "Jackson's lawyer said so.", // a person's lawyer: the tagger decides
      "Henry's house burned.", // a person's house
    ].join(' ');
    const mentions = build(text, [['Tulkarm', 44_000], ['Kherson', 280_000], ['Idlib', 0, 'region'], ['Grozny', 297_000], ['Jackson', 20_000], ['Henry', 5000]]);
    expect(taggerLed(mentions, [], text).map((m) => text.slice(m.start, m.end))).toEqual(['Tulkarm', 'Kherson', 'Idlib', 'Grozny']);
  });

  it('keeps the last items of a list a locative governs, and an administrative seat of no counted people', () => {
    const text = [
      'Strikes were reported in Bint Jbeil, Khiam and Marjayoun.', // Marjayoun kept (the first two are unknown)
      'Shells fell in Qlayaa on Monday.', // a district seat (PPLA2) GeoNames counts 0 people in: kept
      'Shells fell in Tinyville on Monday.', // a hamlet of 0 that is no seat: the tagger decides
      'Classes at Glacier Ridge, Deer Run and Thomas elementary schools.', // "at" an institution: the tagger decides
    ].join(' ');
    const mentions = build(text, [['Marjayoun', 0, 'city', 'PPLA2'], ['Qlayaa', 0, 'city', 'PPLA2'], ['Tinyville', 0, 'city', 'PPL'], ['Thomas', 20_000]]);
    expect(taggerLed(mentions, [], text).map((m) => text.slice(m.start, m.end))).toEqual(['Marjayoun', 'Qlayaa']);
  });

  it('keeps every item of a list whose first item stands in a locative or assault slot', () => {
    const text = [
      'Jets struck Quraytayn and Palmyra.', // both kept: "struck" governs the list
      'Shelling hit towns near Kupiansk, Izium and Balakliia.', // all three kept
      'Quraytayn and Palmyra sent delegates.', // no slot: the tagger decides
    ].join(' ');
    const mentions = build(text, [['Quraytayn', 31_000], ['Palmyra', 51_000], ['Kupiansk', 27_000], ['Izium', 45_000], ['Balakliia', 26_000]]);
    expect(taggerLed(mentions, [], text).map((m) => text.slice(m.start, m.end))).toEqual(['Quraytayn', 'Palmyra', 'Kupiansk', 'Izium', 'Balakliia']);
  });

  it('keeps a region and the unit its possessive names ("Zamfara\'s Maru local government area")', () => {
    const text = [
      "In Zamfara's Maru local government area, gunmen killed 19.", // both kept
      "Idlib's Ariha district was shelled.", // both kept
      "Jackson's Henry campaign ended.", // a person's: the tagger decides
    ].join(' ');
    const mentions = build(text, [['Zamfara', 0, 'region'], ['Maru', 11_000], ['Idlib', 0, 'region'], ['Ariha', 40_000], ['Jackson', 20_000], ['Henry', 5000]]);
    expect(taggerLed(mentions, [], text).map((m) => text.slice(m.start, m.end))).toEqual(['Zamfara', 'Maru', 'Idlib', 'Ariha']);
  });

  it('keeps a first-level region named with its word ("in northwest Nigeria\'s Zamfara state")', () => {
    const text = [
      "Bandits attacked a village in northwest Nigeria's Zamfara state.", // kept
      'Troops moved into the Sokoto state capital.', // kept
      'Georgia state troopers said.', // no locative, owner or "the": the tagger decides
    ].join(' ');
    const mentions = build(text, [['Zamfara', 0, 'region', 'ADM1'], ['Sokoto', 0, 'region', 'ADM1'], ['Georgia', 0, 'region', 'ADM1']]);
    expect(taggerLed(mentions, [], text).map((m) => text.slice(m.start, m.end))).toEqual(['Zamfara', 'Sokoto']);
  });

  it('keeps a town the text puts in a region, and the object of "hit"', () => {
    const text = [
      'Shelling damaged homes in Izium in the Kharkiv region.', // kept (and by its locative)
      'A drone hit Kupiansk overnight.', // kept: the object of "hit"
      'Lawyers said Webb in the Tiny region.', // Webb: too small to be a town in a locative slot
    ].join(' ');
    const mentions = build(text, [['Izium', 45_000], ['Kupiansk', 27_000], ['Webb', 500]]);
    expect(taggerLed(mentions, [], text).map((m) => text.slice(m.start, m.end))).toEqual(['Izium', 'Kupiansk']);
  });
});
