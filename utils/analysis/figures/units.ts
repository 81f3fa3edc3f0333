/**
 * Units of measurement a figure may carry ("450 miles", "40 tonnes", "500 MW"),
 * each with what it measures and its size in that dimension's base unit. The
 * base units make a figure's value comparable whatever it was written in, and
 * let a reader see an imperial figure in metric too.
 */

export type Dimension = 'length' | 'weight' | 'area' | 'volume' | 'speed' | 'energy' | 'power';

/** The unit each dimension's normalised values are given in. */
export const BASE_UNIT: Record<Dimension, string> = {
  length: 'm',
  weight: 'kg',
  area: 'm²',
  volume: 'L',
  speed: 'km/h',
  energy: 'kWh',
  power: 'W',
};

export interface Unit {
  dimension: Dimension;
  /** How many base units one of this unit is. */
  size: number;
  /** Metric units are shown as written; others also in metric. */
  metric: boolean;
}

const unit = (dimension: Dimension, size: number, metric = false): Unit => ({ dimension, size, metric });

const FOOT = 0.3048;
const MILE = 1609.344;

/**
 * Symbols, case as written ("MW" is not "mW"), with or without a space before
 * them ("5km", "10 kg"). Single letters are left out on purpose: a spaced "m"
 * may be "million", "g" a network generation ("5G"), "in" a preposition.
 */
export const UNIT_SYMBOLS: Record<string, Unit> = {
  km: unit('length', 1000, true),
  cm: unit('length', 0.01, true),
  mm: unit('length', 0.001, true),
  ft: unit('length', FOOT),
  kg: unit('weight', 1, true),
  lb: unit('weight', 0.45359237),
  lbs: unit('weight', 0.45359237),
  oz: unit('weight', 0.028349523125),
  'km²': unit('area', 1e6, true),
  'm²': unit('area', 1, true),
  'sq km': unit('area', 1e6, true),
  'sq mi': unit('area', MILE * MILE),
  'sq ft': unit('area', FOOT * FOOT),
  ml: unit('volume', 0.001, true),
  bbl: unit('volume', 158.987294928),
  mph: unit('speed', 1.609344),
  'km/h': unit('speed', 1, true),
  kph: unit('speed', 1, true),
  kWh: unit('energy', 1, true),
  MWh: unit('energy', 1e3, true),
  GWh: unit('energy', 1e6, true),
  TWh: unit('energy', 1e9, true),
  kW: unit('power', 1e3, true),
  MW: unit('power', 1e6, true),
  GW: unit('power', 1e9, true),
};

/** Symbols that count only glued to the digits: "a 100m sprint", but "5 m" may be millions. */
export const GLUED_UNIT_SYMBOLS: Record<string, Unit> = {
  m: unit('length', 1, true),
};

/**
 * Unit words, after a space or a hyphen ("450 miles", "a 10-mile stretch").
 * Each is listed singular with its size; plurals are made below. Words that
 * are also something else are left out: "pounds" is money more often than
 * weight in the news.
 */
const WORDS: [singular: string, plural: string | null, unit: Unit][] = [
  ['kilometre', null, unit('length', 1000, true)],
  ['kilometer', null, unit('length', 1000, true)],
  ['metre', null, unit('length', 1, true)],
  ['meter', null, unit('length', 1, true)],
  ['centimetre', null, unit('length', 0.01, true)],
  ['centimeter', null, unit('length', 0.01, true)],
  ['millimetre', null, unit('length', 0.001, true)],
  ['millimeter', null, unit('length', 0.001, true)],
  ['mile', null, unit('length', MILE)],
  ['nautical mile', null, unit('length', 1852)],
  ['yard', null, unit('length', 0.9144)],
  ['foot', 'feet', unit('length', FOOT)],
  ['inch', 'inches', unit('length', 0.0254)],
  ['kilogram', null, unit('weight', 1, true)],
  ['kilogramme', null, unit('weight', 1, true)],
  ['gram', null, unit('weight', 0.001, true)],
  ['tonne', null, unit('weight', 1000, true)],
  ['metric ton', null, unit('weight', 1000, true)],
  // International reporting mostly means metric tons; a US short ton is 9% less.
  ['ton', null, unit('weight', 1000, true)],
  ['ounce', null, unit('weight', 0.028349523125)],
  ['acre', null, unit('area', 4046.8564224)],
  ['hectare', null, unit('area', 1e4, true)],
  ['square kilometre', null, unit('area', 1e6, true)],
  ['square kilometer', null, unit('area', 1e6, true)],
  ['square mile', null, unit('area', MILE * MILE)],
  ['square metre', null, unit('area', 1, true)],
  ['square meter', null, unit('area', 1, true)],
  ['square foot', 'square feet', unit('area', FOOT * FOOT)],
  ['litre', null, unit('volume', 1, true)],
  ['liter', null, unit('volume', 1, true)],
  ['millilitre', null, unit('volume', 0.001, true)],
  ['milliliter', null, unit('volume', 0.001, true)],
  ['gallon', null, unit('volume', 3.785411784)],
  ['barrel', null, unit('volume', 158.987294928)],
  ['cubic metre', null, unit('volume', 1000, true)],
  ['cubic meter', null, unit('volume', 1000, true)],
  ['cubic foot', 'cubic feet', unit('volume', 28.316846592)],
  ['mile per hour', 'miles per hour', unit('speed', 1.609344)],
  ['kilometre per hour', 'kilometres per hour', unit('speed', 1, true)],
  ['kilometer per hour', 'kilometers per hour', unit('speed', 1, true)],
  ['knot', null, unit('speed', 1.852)],
  ['kilowatt hour', null, unit('energy', 1, true)],
  ['megawatt hour', null, unit('energy', 1e3, true)],
  ['gigawatt hour', null, unit('energy', 1e6, true)],
  ['terawatt hour', null, unit('energy', 1e9, true)],
  ['watt', null, unit('power', 1, true)],
  ['kilowatt', null, unit('power', 1e3, true)],
  ['megawatt', null, unit('power', 1e6, true)],
  ['gigawatt', null, unit('power', 1e9, true)],
];

/** Every written form of the unit words, singular and plural, lower case. */
export const UNIT_WORD_FORMS: Record<string, Unit> = Object.fromEntries(
  WORDS.flatMap(([singular, plural, u]) => [
    [singular, u],
    [plural ?? `${singular}s`, u],
  ]),
);

/** Plural of each singular unit word ("mile" → "miles"), to name "a 10-mile" stretch as 10 miles. */
export const UNIT_PLURALS: Record<string, string> = Object.fromEntries(
  WORDS.map(([singular, plural]) => [singular, plural ?? `${singular}s`]),
);

/** The unit a figure's text ends with ("450 miles", "5km", "a 10-mile"), by its written form. */
export function unitOf(written: string): Unit | undefined {
  const spaced = written.replace(/\s+/g, ' ');
  return (
    UNIT_SYMBOLS[spaced] ??
    GLUED_UNIT_SYMBOLS[spaced] ??
    UNIT_WORD_FORMS[spaced.toLowerCase().replace(/[-‐‑]/g, ' ')]
  );
}

/** Metric units to show a value in, largest first, per dimension. */
const SHOWN_IN: Record<Dimension, [size: number, name: string][]> = {
  length: [
    [1000, 'km'],
    [1, 'm'],
    [0.01, 'cm'],
    [0.001, 'mm'],
  ],
  weight: [
    [1000, 'tonnes'],
    [1, 'kg'],
    [0.001, 'g'],
  ],
  area: [
    [1e6, 'km²'],
    [1e4, 'hectares'],
    [1, 'm²'],
  ],
  volume: [
    [1000, 'm³'],
    [1, 'litres'],
    [0.001, 'ml'],
  ],
  speed: [[1, 'km/h']],
  energy: [
    [1e9, 'TWh'],
    [1e6, 'GWh'],
    [1e3, 'MWh'],
    [1, 'kWh'],
  ],
  power: [
    [1e9, 'GW'],
    [1e6, 'MW'],
    [1e3, 'kW'],
    [1, 'W'],
  ],
};

/**
 * A base-unit value in the metric unit that reads best, to three significant
 * figures: 724204.8 m → [724, 'km'].
 */
export function inMetric(value: number, dimension: Dimension): [number, string] {
  const ladder = SHOWN_IN[dimension];
  const [size, name] = ladder.find(([s]) => Math.abs(value) >= s) ?? ladder[ladder.length - 1]!;
  return [Number((value / size).toPrecision(3)), name];
}
