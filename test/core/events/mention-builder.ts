// Builds Mention arrays from words in a text, so the event extractor can be tested without the geoparser.
import type { Mention, MentionRole, Place } from '../../../src/core/types.ts';

export const PLACES: Record<string, Place> = {
  Syria: { name: 'Syria', lat: 35, lon: 38, precision: 'country', country: 'SY', featureCode: 'PCLI' },
  Iran: { name: 'Iran', lat: 32, lon: 53, precision: 'country', country: 'IR', featureCode: 'PCLI' },
  Israel: { name: 'Israel', lat: 31.5, lon: 34.75, precision: 'country', country: 'IL', featureCode: 'PCLI' },
  Lebanon: { name: 'Lebanon', lat: 33.83, lon: 35.83, precision: 'country', country: 'LB', featureCode: 'PCLI' },
  Ukraine: { name: 'Ukraine', lat: 49, lon: 32, precision: 'country', country: 'UA', featureCode: 'PCLI' },
  Russia: { name: 'Russia', lat: 60, lon: 100, precision: 'country', country: 'RU', featureCode: 'PCLI' },
  Palestine: { name: 'Palestine', lat: 31.9, lon: 35.2, precision: 'country', country: 'PS', featureCode: 'PCLI' },
  Yemen: { name: 'Yemen', lat: 15.5, lon: 47.5, precision: 'country', country: 'YE', featureCode: 'PCLI' },
  Damascus: { name: 'Damascus', lat: 33.51, lon: 36.29, precision: 'city', country: 'SY', featureCode: 'PPLC' },
  Aleppo: { name: 'Aleppo', lat: 36.2, lon: 37.16, precision: 'city', country: 'SY', featureCode: 'PPLA' },
  'Tel Aviv': { name: 'Tel Aviv', lat: 32.08, lon: 34.78, precision: 'city', country: 'IL', featureCode: 'PPLA' },
  Jerusalem: { name: 'Jerusalem', lat: 31.77, lon: 35.22, precision: 'city', country: 'IL', featureCode: 'PPLC' },
  Tehran: { name: 'Tehran', lat: 35.69, lon: 51.42, precision: 'city', country: 'IR', featureCode: 'PPLC' },
  Kharkiv: { name: 'Kharkiv', lat: 49.98, lon: 36.25, precision: 'city', country: 'UA', featureCode: 'PPLA' },
  KYIV: { name: 'Kyiv', lat: 50.45, lon: 30.52, precision: 'city', country: 'UA', featureCode: 'PPLC' },
  Kyiv: { name: 'Kyiv', lat: 50.45, lon: 30.52, precision: 'city', country: 'UA', featureCode: 'PPLC' },
  Sanaa: { name: 'Sanaa', lat: 15.35, lon: 44.21, precision: 'city', country: 'YE', featureCode: 'PPLC' },
  Iraq: { name: 'Iraq', lat: 33, lon: 44, precision: 'country', country: 'IQ', featureCode: 'PCLI' },
  Turkey: { name: 'Türkiye', lat: 39, lon: 35, precision: 'country', country: 'TR', featureCode: 'PCLI' },
  Sudan: { name: 'Sudan', lat: 15, lon: 30, precision: 'country', country: 'SD', featureCode: 'PCLI' },
  UK: { name: 'United Kingdom', lat: 54, lon: -2, precision: 'country', country: 'GB', featureCode: 'PCLI' },
  'U.S.': { name: 'United States', lat: 39.76, lon: -98.5, precision: 'country', country: 'US', featureCode: 'PCLI' },
  Belgorod: { name: 'Belgorod Oblast', lat: 50.71, lon: 37.17, precision: 'region', country: 'RU', admin1: 'Belgorod', featureCode: 'ADM1' },
  Shebekino: { name: 'Shebekino', lat: 50.41, lon: 36.89, precision: 'city', country: 'RU', admin1: 'Belgorod', featureCode: 'PPLA2' },
  Zaporizhzhia: { name: 'Zaporizhzhia', lat: 47.82, lon: 35.19, precision: 'city', country: 'UA', admin1: 'Zaporizhzhia', featureCode: 'PPLA' },
  Kirkuk: { name: 'Kirkuk', lat: 35.47, lon: 44.39, precision: 'city', country: 'IQ', featureCode: 'PPLA' },
  KIRKUK: { name: 'Kirkuk', lat: 35.47, lon: 44.39, precision: 'city', country: 'IQ', featureCode: 'PPLA' },
  Baghdad: { name: 'Baghdad', lat: 33.34, lon: 44.4, precision: 'city', country: 'IQ', featureCode: 'PPLC' },
  Mosul: { name: 'Mosul', lat: 36.34, lon: 43.13, precision: 'city', country: 'IQ', featureCode: 'PPLA' },
  Hama: { name: 'Hama', lat: 35.13, lon: 36.76, precision: 'city', country: 'SY', featureCode: 'PPLA' },
  Azov: { name: 'Azov', lat: 47.11, lon: 39.42, precision: 'city', country: 'RU', featureCode: 'PPL' },
  Hodeidah: { name: 'Hodeidah', lat: 14.8, lon: 42.95, precision: 'city', country: 'YE', featureCode: 'PPLA' },
  'Red Sea': { name: 'Red Sea', lat: 20, lon: 38, precision: 'region', featureCode: 'SEA' },
  Gaza: { name: 'Gaza', lat: 31.5, lon: 34.47, precision: 'city', country: 'PS', featureCode: 'PPLA' },
  Bureij: { name: 'Bureij', lat: 31.44, lon: 34.4, precision: 'city', country: 'PS', featureCode: 'PPL' },
  Bajil: { name: 'Bajil', lat: 15.06, lon: 43.29, precision: 'city', country: 'YE', featureCode: 'PPLA2' },
  Ariha: { name: 'Ariha', lat: 35.81, lon: 36.61, precision: 'city', country: 'SY', featureCode: 'PPL' },
  Idlib: { name: 'Idlib Governorate', lat: 35.83, lon: 36.62, precision: 'region', country: 'SY', admin1: 'Idlib Governorate', featureCode: 'ADM1' },
  Shadadi: { name: 'Shadadi', lat: 36.06, lon: 40.73, precision: 'city', country: 'SY', featureCode: 'PPL' },
  Tessit: { name: 'Tessit', lat: 15.01, lon: 0.63, precision: 'city', country: 'ML', featureCode: 'PPL' },
  Karrada: { name: 'Karrada', lat: 33.3, lon: 44.42, precision: 'city', country: 'IQ', featureCode: 'PPLX' },
  Rafah: { name: 'Rafah', lat: 31.29, lon: 34.25, precision: 'city', country: 'PS', featureCode: 'PPL' },
  Kherson: { name: 'Kherson', lat: 46.64, lon: 32.61, precision: 'city', country: 'UA', featureCode: 'PPLA' },
  Herat: { name: 'Herat', lat: 34.35, lon: 62.2, precision: 'city', country: 'AF', featureCode: 'PPLA' },
  Bakhmut: { name: 'Bakhmut', lat: 48.59, lon: 38, precision: 'city', country: 'UA', featureCode: 'PPLA2' },
  Homs: { name: 'Homs', lat: 34.73, lon: 36.71, precision: 'city', country: 'SY', featureCode: 'PPLA' },
  Saraqib: { name: 'Saraqib', lat: 35.86, lon: 36.8, precision: 'city', country: 'SY', featureCode: 'PPL' },
  Qaryatayn: { name: 'Al Qaryatayn', lat: 34.23, lon: 37.24, precision: 'city', country: 'SY', featureCode: 'PPL' },
  Lviv: { name: 'Lviv Oblast', lat: 49.83, lon: 24, precision: 'region', country: 'UA', admin1: 'Lviv', featureCode: 'ADM1' },
  Plateau: { name: 'Plateau State', lat: 8.95, lon: 9.61, precision: 'region', country: 'NG', featureCode: 'ADM1' },
  Mangu: { name: 'Mangu', lat: 9.52, lon: 9.1, precision: 'city', country: 'NG', admin1: 'Plateau State', featureCode: 'PPLA2' },
  JOS: { name: 'Jos', lat: 9.9, lon: 8.86, precision: 'city', country: 'NG', admin1: 'Plateau State', featureCode: 'PPLA' },
  Jos: { name: 'Jos', lat: 9.9, lon: 8.86, precision: 'city', country: 'NG', admin1: 'Plateau State', featureCode: 'PPLA' },
  Pakistan: { name: 'Pakistan', lat: 30, lon: 70, precision: 'country', country: 'PK', featureCode: 'PCLI' },
  Avdiivka: { name: 'Avdiivka', lat: 48.14, lon: 37.74, precision: 'city', country: 'UA', featureCode: 'PPL' },
  Aden: { name: 'Aden', lat: 12.78, lon: 45.04, precision: 'city', country: 'YE', featureCode: 'PPLA' },
  'Gulf of Aden': { name: 'Gulf of Aden', lat: 12, lon: 48, precision: 'region', featureCode: 'GULF' },
  Amman: { name: 'Amman', lat: 31.95, lon: 35.93, precision: 'city', country: 'JO', featureCode: 'PPLC' },
  Zamfara: { name: 'Zamfara State', lat: 12.17, lon: 6.25, precision: 'region', country: 'NG', admin1: 'Zamfara State', featureCode: 'ADM1' },
  Sokoto: { name: 'Sokoto State', lat: 13.06, lon: 5.44, precision: 'region', country: 'NG', admin1: 'Sokoto State', featureCode: 'ADM1' },
  Maru: { name: 'Maru', lat: 12.33, lon: 6.4, precision: 'city', country: 'NG', admin1: 'Zamfara State', featureCode: 'PPLA2' },
  Goronyo: { name: 'Goronyo', lat: 13.44, lon: 5.67, precision: 'city', country: 'NG', admin1: 'Sokoto State', featureCode: 'PPLA2' },
  Tyre: { name: 'Tyre', lat: 33.27, lon: 35.19, precision: 'city', country: 'LB', featureCode: 'PPLA2' },
  Jordan: { name: 'Jordan', lat: 31, lon: 36, precision: 'country', country: 'JO', featureCode: 'PCLI' },
  'European Union': { name: 'European Union', lat: 50.85, lon: 4.35, precision: 'region', featureCode: 'RGN' },
  Beirut: { name: 'Beirut', lat: 33.89, lon: 35.5, precision: 'city', country: 'LB', featureCode: 'PPLC' },
  MOGADISHU: { name: 'Mogadishu', lat: 2.04, lon: 45.34, precision: 'city', country: 'SO', featureCode: 'PPLC' },
  Qoryoley: { name: 'Qoryooley', lat: 1.79, lon: 44.53, precision: 'city', country: 'SO', featureCode: 'PPLA2' },
  Marka: { name: 'Marka', lat: 1.72, lon: 44.77, precision: 'city', country: 'SO', featureCode: 'PPLA' },
  Somalia: { name: 'Somalia', lat: 6, lon: 48, precision: 'country', country: 'SO', featureCode: 'PCLI' },
  'South Kivu': { name: 'South Kivu', lat: -3, lon: 28.3, precision: 'region', country: 'CD', featureCode: 'ADM1' },
  Goma: { name: 'Goma', lat: -1.68, lon: 29.23, precision: 'city', country: 'CD', featureCode: 'PPLA' },
  Congo: { name: 'DR Congo', lat: -2.5, lon: 23.5, precision: 'country', country: 'CD', featureCode: 'PCLI' },
  Mali: { name: 'Mali', lat: 17, lon: -4, precision: 'country', country: 'ML', featureCode: 'PCLI' },
  Niger: { name: 'Niger', lat: 16, lon: 8, precision: 'country', country: 'NE', featureCode: 'PCLI' },
  Donetsk: { name: 'Donetsk Oblast', lat: 48, lon: 37.8, precision: 'region', country: 'UA', admin1: 'Donetsk', featureCode: 'ADM1' },
  Kostiantynivka: { name: 'Kostiantynivka', lat: 48.53, lon: 37.71, precision: 'city', country: 'UA', admin1: 'Donetsk', featureCode: 'PPLA2' },
  'Majdal Shams': { name: 'Majdal Shams', lat: 33.27, lon: 35.77, precision: 'city', country: 'IL', featureCode: 'PPL' },
  'Golan Heights': { name: 'Golan Heights', lat: 33, lon: 35.75, precision: 'region', featureCode: 'RGN' },
  Khost: { name: 'Khost', lat: 33.33, lon: 69.92, precision: 'region', country: 'AF', featureCode: 'ADM1' },
  Paktika: { name: 'Paktika', lat: 32.5, lon: 68.8, precision: 'region', country: 'AF', featureCode: 'ADM1' },
  Afghanistan: { name: 'Afghanistan', lat: 33, lon: 65, precision: 'country', country: 'AF', featureCode: 'PCLI' },
  TRIPOLI: { name: 'Tripoli', lat: 32.89, lon: 13.19, precision: 'city', country: 'LY', featureCode: 'PPLC' },
  Libya: { name: 'Libya', lat: 27, lon: 17, precision: 'country', country: 'LY', featureCode: 'PCLI' },
  'Deir al-Balah': { name: 'Deir al-Balah', lat: 31.42, lon: 34.35, precision: 'city', country: 'PS', featureCode: 'PPL' },
  Nuseirat: { name: 'Nuseirat', lat: 31.45, lon: 34.39, precision: 'city', country: 'PS', featureCode: 'PPL' },
  'Khan Younis': { name: 'Khan Younis', lat: 31.34, lon: 34.31, precision: 'city', country: 'PS', featureCode: 'PPLA2' },
  'Gaza Strip': { name: 'Gaza Strip', lat: 31.42, lon: 34.36, precision: 'region', country: 'PS', featureCode: 'RGN' },
  Nabatieh: { name: 'Nabatieh', lat: 33.38, lon: 35.48, precision: 'region', country: 'LB', featureCode: 'ADM1' },
  Jilib: { name: 'Jilib', lat: 0.49, lon: 42.77, precision: 'city', country: 'SO', featureCode: 'PPL' },
  Moscow: { name: 'Moscow', lat: 55.75, lon: 37.62, precision: 'city', country: 'RU', featureCode: 'PPLC' },
};

const DEMONYMS: Record<string, string> = { Turkish: 'Turkey', Iraqi: 'Iraq', Syrian: 'Syria', Iranian: 'Iran', Israeli: 'Israel', Lebanese: 'Lebanon', Russian: 'Russia', Ukrainian: 'Ukraine', Yemeni: 'Yemen', Palestinians: 'Palestine', Palestinian: 'Palestine', Somali: 'Somalia' };

export interface Spec {
  word: string;
  role?: MentionRole;
  /** Which occurrence of the word (0-based); all occurrences when omitted. */
  nth?: number;
}

/** Every occurrence of each word as a Mention; demonyms get role 'demonym' unless told otherwise. */
export function mentionsIn(text: string, specs: Array<string | Spec>): Mention[] {
  const out: Mention[] = [];
  for (const raw of specs) {
    const spec = typeof raw === 'string' ? { word: raw } : raw;
    const key = DEMONYMS[spec.word] ?? spec.word;
    const place = PLACES[key];
    if (!place) throw new Error(`no test place for ${spec.word}`);
    const role: MentionRole = spec.role ?? (DEMONYMS[spec.word] ? 'demonym' : 'literal');
    // (Dots are literal, and a name ending in one, "U.S.", ends before the space that follows it.)
    const re = new RegExp(`(?<![\\w.])${spec.word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\w)`, 'g');
    let n = 0;
    for (const m of text.matchAll(re)) {
      if (spec.nth === undefined || spec.nth === n) {
        out.push({ start: m.index, end: m.index + m[0].length, text: m[0], role, place, score: 0.9, reason: 'test', alternatives: [] });
      }
      n++;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
