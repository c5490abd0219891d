// Publication dates from page stamps and wire datelines, the future-date warning, and the
// language guess that says a French report will not be read.
import { describe, expect, it } from 'vitest';
import { checkText } from '../../../src/features/input/check-text.ts';
import { guessLanguage, languageWarning } from '../../../src/features/input/detect-language.ts';
import { detectPublished } from '../../../src/features/input/detect-published.ts';
import { futureDateWarning, localToday } from '../../../src/features/input/today.ts';

const TODAY = '2025-06-01';

describe('detectPublished: page stamps in digits', () => {
  it('reads dashes day-first and says what else the digits could mean', () => {
    const d = detectPublished('Updated 04-10-2023 08:15\nKYIV — Shelling hit the city.', TODAY);
    expect(d?.date).toBe('2023-10-04');
    expect(d?.note).toMatch(/day first as 4 October 2023; it could also be 10 April 2023/);
  });
  it('gives no note when only one order makes a real day', () => {
    expect(detectPublished('Posted 25.12.2021 10:00\nText', TODAY)).toEqual({ date: '2021-12-25', text: '25.12.2021' });
  });
  it('reads slashes month-first, as US sites write them', () => {
    expect(detectPublished('Published: 04/10/2023\nText', TODAY)?.date).toBe('2023-04-10');
  });
  it('keeps the full written date of a keyed stamp', () => {
    expect(detectPublished('Published June 10, 2014\nBAGHDAD — A car bomb exploded.', TODAY)?.date).toBe('2014-06-10');
  });
  it('does not take digits inside a reporting sentence', () => {
    expect(detectPublished('The attack on 04-10-2023 killed many people in the city, officials said on Monday in a long statement.', TODAY)).toBeNull();
    expect(detectPublished('Call 12-10-2020 for details, said the man who has run the shop on the corner of the square for years.', TODAY)).toBeNull();
  });
  it('refuses digits that are no real day', () => {
    expect(detectPublished('Updated 31-02-2023\nText', TODAY)).toBeNull();
  });
});

describe('detectPublished: wire datelines without a year', () => {
  it('takes the day from "CITY (Agency) Month Day -" and the year the page states', () => {
    const d = detectPublished('© 2019 Wire Service\nKABUL (Reuters) May 6 - A suicide bomber struck a checkpoint.', TODAY);
    expect(d?.date).toBe('2019-05-06');
    expect(d?.note).toMatch(/the year 2019 is the one the page states/);
  });
  it('reads "CITY, Mon Day (Agency) —" and assumes the latest year not in the future, saying so', () => {
    const d = detectPublished('GAZA CITY, Oct. 9 (AP) — Air strikes hit a market.', TODAY);
    expect(d?.date).toBe('2024-10-09');
    expect(d?.note).toMatch(/2024 was assumed/);
    expect(detectPublished('BEIRUT, May 6 (Reuters) - Jets struck.', TODAY)?.date).toBe('2025-05-06');
  });
  it('is not proposed without today, and a full date elsewhere at the top wins', () => {
    expect(detectPublished('KABUL (Reuters) May 6 - A bomb.')).toBeNull();
    expect(detectPublished('KABUL (Reuters) May 6 - A bomb.\nPublished 7 May 2016', TODAY)?.date).toBe('2016-05-07');
  });
  it('does not read an ordinary sentence that starts with capitals and a month', () => {
    expect(detectPublished('NATO said May 6 would be the day the talks begin, in Brussels.', TODAY)).toBeNull();
  });
});

describe('future publication dates', () => {
  it('warns after tomorrow, not for today or a time zone ahead', () => {
    expect(futureDateWarning('2025-06-01', TODAY)).toBeNull();
    expect(futureDateWarning('2025-06-02', TODAY)).toBeNull();
    expect(futureDateWarning('2031-01-01', TODAY)).toMatch(/2031-01-01 is after today \(2025-06-01\)/);
  });
  it('knows today in the browser time zone', () => {
    expect(localToday(new Date(2024, 1, 29, 23, 59))).toBe('2024-02-29');
  });
});

describe('language', () => {
  const fr =
    "Des frappes aériennes ont visé lundi soir un dépôt d'armes près de la ville de Homs, dans le centre de la Syrie, selon une ONG. Au moins cinq combattants ont été tués dans l'attaque, qui n'a pas été revendiquée par le groupe.";
  const de = 'Bei einem Luftangriff auf ein Waffenlager in der Nähe der Stadt Homs sind nach Angaben von Aktivisten mindestens fünf Kämpfer getötet worden, die Armee hat sich nicht dazu geäußert und der Angriff wurde nicht bestätigt.';
  const en = 'Air strikes hit an arms depot near the city of Homs on Monday night, a monitoring group said. At least five fighters were killed in the attack, which has not been claimed by any group, and the army said it was looking into it.';
  it('tells French and German from English by their function words', () => {
    expect(guessLanguage(fr)?.code).toBe('fr');
    expect(guessLanguage(de)?.code).toBe('de');
    expect(guessLanguage(en)?.code).toBe('en');
  });
  it('warns that only English is read, and checkText passes the warning on', () => {
    expect(languageWarning(fr)).toMatch(/looks like French.*only English/);
    expect(checkText(fr).warnings.join(' ')).toMatch(/French/);
    expect(languageWarning(en)).toBeNull();
    expect(checkText(en).warnings).toEqual([]);
  });
  it('does not judge a text too short to tell, nor English full of French names', () => {
    expect(guessLanguage('Le Monde reported the strike.')).toBeNull();
    expect(languageWarning(`${en} The paper Le Monde and the agency Agence France-Presse said the Place de la Concorde was calm.`)).toBeNull();
  });
});
