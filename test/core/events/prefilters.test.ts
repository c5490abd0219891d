// The cheap tests that rule a sentence out before the costly trigger and count patterns run must never
// rule out a sentence one of those patterns would match. Each pattern must match one of the samples
// below (a new pattern needs a sample, so it is checked too), and every sample, fixture sentence and
// generated sentence that any pattern matches must pass the pre-test.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANY_TRIGGER, COMPILED, TRIGGER_WORDS, findTriggers } from '../../../src/core/events/triggers.ts';
import { ANY_COUNT, INJURED, INJURED_GATE, KILLED, KILLED_GATE, first, injuredAt, killedAt, noneOf } from '../../../src/core/events/casualties.ts';
import { findSentences } from '../../../src/core/text/sections.ts';

const TRIGGER_SAMPLES = [
  'Israeli air strikes hit Damascus.', 'Warplanes struck the town.', 'Air defences shot down 30 drones.',
  'A drone strike hit a car.', 'Ballistic missile attacks continued.', 'Two missiles struck Kyiv.',
  'Artillery shelling of the city.', 'Rocket fire hit the base.', 'Troops raided the village.',
  'A car bomb exploded in the market.', 'Heavy fighting and clashes broke out.', 'Gunmen ambushed a convoy.',
  'He was shot dead in an assassination.', 'Russian forces withdrew from Kherson.', 'They abandoned several bases.',
  'The strikes continued.', 'Police opened fire on the crowd.', 'Militants abducted ten students.',
  'Rebels captured the town.', 'The attack targeted a checkpoint.', 'Five people were killed.',
  'IEDs and improvised explosive devices were found.', 'Helicopter gunships fired on the convoy.',
  'Nine people were wounded in the shelling.',
];

const COUNT_SAMPLES = [
  'The raids killed 14 Iranian militants.', 'Rescuers recovered three bodies from the house.', 'Five bodies were found in the orchard.', 'At least 19 people were killed.', 'The strike left 4 people dead.',
  'A child was killed in the blast.', 'The death toll rose to 23.', 'killing two and wounding five people',
  'Between 10 and 15 civilians were wounded.', 'The blast left two dozen hurt.', 'A soldier was injured.',
  'Twenty-one people lost their lives.', 'Dozens were slain.', 'The attack injured 10-12 people.',
  'A US drone strike on August 29 killed 10 civilians.', 'No casualties were reported.', 'two soldiers died',
  'Nobody was hurt.', 'The raid ended without casualties.', 'There were no immediate reports of deaths.', 'No one died.',
];

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/articles');
const fixtureSentences = readdirSync(fixtures).filter((f) => f.endsWith('.txt')).flatMap((f) => {
  const text = readFileSync(path.join(fixtures, f), 'utf8');
  return findSentences(text).map((s) => text.slice(s.start, s.end));
});

const matches = (re: RegExp, s: string) => {
  re.lastIndex = 0;
  const hit = re.test(s);
  re.lastIndex = 0;
  return hit;
};

// News-like sentences that mix trigger and count words with near misses ("drone", "Mayor", "skill").
const WORDS = [
  'air', 'strike', 'strikes', 'struck', 'raid', 'raids', 'alerts', 'sirens', 'jets', 'planes', 'warplanes', 'helicopters',
  'drone', 'drones', 'missile', 'missiles', 'rockets', 'artillery', 'mortar', 'shells', 'fired', 'launched', 'shot', 'down',
  'intercepted', 'bomb', 'car', 'suicide', 'blast', 'exploded', 'fighting', 'clashes', 'fought', 'killed', 'killing', 'kill',
  'dead', 'died', 'slain', 'perished', 'lost', 'their', 'lives', 'injured', 'wounded', 'hurt', 'toll', 'death', 'rose', 'to',
  'at', 'least', 'more', 'than', 'between', 'and', 'a', 'an', 'the', 'one', 'two', 'three', 'dozen', 'dozens', 'several',
  '14', '10-12', '1,000', 'twenty-one', 'people', 'civilians', 'soldiers', 'child', 'man', 'were', 'was', 'have', 'been',
  'left', 'leaving', 'May', 'August', 'Aug.', 'no', 'one', 'withdrew', 'from', 'bases', 'attack', 'targeted', 'captured',
  'town', 'of', 'opened', 'fire', 'abducted', 'skill', 'Mayor', 'strikers', 'toll-free', 'deadline', 'in', ',', '.',
  'nobody', 'without', 'casualties', 'deaths', 'immediate', 'reports', 'No',
  // One word of each other lexicon alternative, so the word-start test in findTriggers is checked on them.
  'bombardment', 'swooped', 'incursions', 'landmines', 'detonation', 'assassination', 'beheaded', 'lynched', 'redeployed',
  'pulled', 'out', 'retreated', 'torched', 'looted', 'razed', 'kidnapped', 'seized', 'liberated', 'overran', 'fell',
  'gunfire', 'skirmishes', 'ambushed', 'firefights', 'counteroffensive', 'IEDs', 'explosions', 'reinforcements', 'troop',
  'movements', 'quadcopters', 'UAVs', 'gunships', 'executed', 'murdered', 'military', 'operations', 'sweeps', 'stormed',
  'retook', 'recaptured', 'took', 'control', 'destroyed', 'radar', 'sites', 'ammunition', 'depots', 'aerial', 'gunbattles',
  'shooting', 'mine', 'blasts', 'battles', 'erupted', 'exchanged', 'gun', 'heavy', 'bombing', 'raiding', 'aircraft',
];
const generated = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 14 }).map((w) => w.join(' '));

describe('the trigger pre-test', () => {
  it('is built from every rule of the lexicon', () => {
    for (const e of COMPILED) expect(ANY_TRIGGER.source).toContain(e.re.source.slice(5, -3));
  });

  it('every rule matches a sample, and the pre-test passes it', () => {
    for (const e of COMPILED) expect(TRIGGER_SAMPLES.some((s) => matches(e.re, s)), `no sample for rule ${e.rule}`).toBe(true);
    for (const s of TRIGGER_SAMPLES) expect(ANY_TRIGGER.test(s), s).toBe(true);
    // findTriggers runs a word-start test before ANY_TRIGGER: it must let every sample through too.
    for (const s of TRIGGER_SAMPLES) expect(TRIGGER_WORDS.test(s), s).toBe(true);
  });

  it('passes every fixture or generated sentence a rule matches', () => {
    const check = (s: string) => {
      if (COMPILED.some((e) => matches(e.re, s))) {
        expect(ANY_TRIGGER.test(s), s).toBe(true);
        expect(TRIGGER_WORDS.test(s), s).toBe(true);
      } else expect(findTriggers(s, 0, s.length)).toEqual([]);
    };
    fixtureSentences.forEach(check);
    fc.assert(fc.property(generated, (s) => check(s)), { numRuns: 2000 });
  });
});

describe('the count pre-tests', () => {
  it('every count pattern matches a sample, and the pre-test passes it', () => {
    for (const [list, gate] of [[KILLED, KILLED_GATE], [INJURED, INJURED_GATE]] as const) {
      for (const re of list) expect(COUNT_SAMPLES.some((s) => re.test(s)), `no sample for ${re.source.slice(0, 60)}`).toBe(true);
      for (const s of COUNT_SAMPLES) if (list.some((re) => re.test(s))) expect(gate.test(s), s).toBe(true);
    }
    for (const s of COUNT_SAMPLES) {
      expect(killedAt(s) ?? injuredAt(s), `no count in sample ${s}`).not.toBeNull();
      expect(ANY_COUNT.test(s), s).toBe(true);
    }
  });

  it('give the same count as the full patterns on fixture and generated sentences', () => {
    const check = (s: string) => {
      // (A count read right after "no" or "not" is none: "no one was hurt".)
      const fullInjured = first(s, INJURED);
      expect(injuredAt(s)).toEqual(fullInjured && noneOf(s, fullInjured));
      const killed = killedAt(s);
      const fullKilled = first(s, KILLED);
      // (killedAt also says whether the count revises an earlier toll: the count itself is the patterns'.)
      if (!killed || killed.range.max > 0) expect(killed && { at: killed.at, range: killed.range }).toEqual(fullKilled && noneOf(s, fullKilled));
      for (const [list, gate] of [[KILLED, KILLED_GATE], [INJURED, INJURED_GATE]] as const) {
        if (list.some((re) => re.test(s))) expect(gate.test(s), s).toBe(true);
      }
      // assignCounts reads no count from a sentence that fails ANY_COUNT.
      if (killedAt(s) || injuredAt(s)) expect(ANY_COUNT.test(s), s).toBe(true);
    };
    [...COUNT_SAMPLES, ...fixtureSentences].forEach(check);
    fc.assert(fc.property(generated, (s) => check(s)), { numRuns: 2000 });
  });
});
