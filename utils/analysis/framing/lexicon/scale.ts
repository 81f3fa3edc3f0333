/**
 * Exaggeration and minimisation: wording that inflates or shrinks a matter
 * beyond what can be measured. Written for this project.
 */
import { lines } from '../phrases';

export const EXAGGERATION = lines(`
every single
stop at nothing
stops at nothing
each and every
of all time
in history
in human history
in living memory
like never before
than ever before
never before seen
the likes of which
beyond belief
beyond imagination
off the charts
a million times
a thousand times
countless
endless
endlessly
incalculable
incalculably
inexhaustible
limitless
boundless
infinitely
firestorm
so much worse
if that is even possible
more than i could have ever imagined
beyond repair
beyond measure
unprecedented
record-breaking
historic
epic
colossal
gigantic
enormous
massive
monumental
staggering
astronomical
mind-boggling
earth-shattering
earthshattering
apocalyptic
total disaster
complete disaster
total failure
complete failure
utter failure
totally
absolutely
utterly
all the time
everyone knows
never ever
the whole world
the entire world
not a shred of
not one shred of
virtually none
practically every
nothing less than
`);

export const MINIMISATION = lines(`
nothing more than
little more than
only a handful
a tiny fraction
a drop in the ocean
a drop in the bucket
no big deal
not a big deal
a slap on the wrist
a storm in a teacup
much ado about nothing
a few bad apples
`);

/** Phrases that end a superlative's scope: "the greatest force on the planet". */
export const SUPERLATIVE_SCOPES = lines(`
on the planet
on earth
in the world
in history
in human history
of all time
ever
in living memory
in the country
in the nation
in america
in the universe
in generations
in decades
in a generation
`);

/** Superlative heads that are not -est forms. */
export const IRREGULAR_SUPERLATIVES = lines(`
best
worst
greatest
biggest
largest
most
least
`);
