/**
 * Hyphenated coinages that judge: "gut-driven", "appeasement-minded",
 * "blood-soaked", "arch-conservative". Written for this project.
 */
import { lines } from '../phrases';

/** Second halves that make a compound evaluative whatever the first half is. */
export const JUDGING_COMPOUND_ENDS = lines(`
driven
minded
obsessed
crazed
hating
loving
bashing
mongering
monger
shattering
soaked
stained
infested
ridden
riddled
addled
brained
headed
faced
mouthed
hearted
witted
baiting
washing
grabbing
peddling
spewing
sucking
licking
kissing
worshipping
worshiping
loving
phobic
`);

/** First halves that judge the rest: "arch-conservative", "pseudo-science", "wannabe-dictator". */
export const JUDGING_COMPOUND_STARTS = lines(`
arch
pseudo
wannabe
quasi
crypto
neo
ultra
`);
