/**
 * Cue phrases for the argument shapes (argument-shapes.ts): false dilemmas,
 * appeals to fear and single-cause explanations whose highlight is the clause
 * that makes the move, not only the cue. Written for this project. Each list
 * is one shape; the shape decides which guards apply and how far the
 * highlight reaches. Matched by exact words (curly apostrophes are folded).
 */
import { lines } from '../phrases';

/** One option declared the only one: "the only solution is…", "there is no alternative to…". */
export const ONLY_OPTION = lines(`
the only solution
the only answer
the only option
the only choice
the only alternative
the only remedy
the only cure
the only hope
the only path
the only real solution
the only real answer
the only real choice
the only real option
the only way forward
only solution
only one solution
only one answer
only one option
only one choice
only one way
only one path
only one road
only one possible outcome
there is no alternative
there's no alternative
there is no other choice
there's no other choice
there is no other option
there's no other option
there is no other way
there's no other way
there is no middle ground
there's no middle ground
there can be no middle ground
there is no third way
there's no third way
there is no going back
there's no going back
no choice but
no choice but to
no alternative but
no alternative but to
no option but
no option but to
no other choice than
have no choice
has no choice
had no choice
`);

/** The matter cut to two sides: "there are only two options", "it's us or them". */
export const TWO_SIDES = lines(`
only two options
only two choices
only two possibilities
only two ways
only two paths
only two kinds of
only two types of
only two sides
one of two things
mutually exclusive
it's us or them
it is us or them
us or them
you're against us
you are against us
either with us
with us or against us
`);

/** A choice offered between two options, a dilemma when they are joined by "or": "a choice between surrender or war". */
export const CHOICE_BETWEEN = lines(`
a choice between
the choice between
a stark choice between
a simple choice between
choose between
decide between
`);

/** "Only legislation can save us": a sentence opened by "only", then a modal. Words after "only" that make it something else. */
export const NOT_SOLE_AGENT = lines(`
then
now
when
if
once
after
one
two
time
recently
later
yesterday
today
last
just
in
on
at
for
to
by
about
some
few
half
handful
fraction
small
tiny
minority
little
couple
dozen
hundred
thousand
million
quarter
third
`);

/** "Convert or die", "behave or else": comply, or the threat. The cue is the "or" and the threat. */
export const ULTIMATUM = lines(`
or die
or perish
or else
`);

/** The penalty held over the reader: "take it down or face prosecution". */
export const OR_PENALTY = lines(`
or face
or suffer
or pay the price
or lose everything
`);

/** A danger named as aimed at something the reader holds dear: "a grave threat to our children". */
export const THREAT_TO = lines(`
a grave threat to
a serious threat to
a very real threat to
a direct threat to
a growing threat to
an existential threat to
a mortal threat to
a clear threat to
a major threat to
an imminent threat to
a grave danger to
a serious danger to
a clear danger to
a mortal danger to
threat to our
threat to your
danger to our
danger to your
`);

/** The same without an intensifier: a threat only when aimed at something valued (VALUED_TARGETS). */
export const PLAIN_THREAT = lines(`
a threat to
a real threat to
a danger to
a real danger to
a menace to
poses a threat
pose a threat
posed a threat
posing a threat
poses a danger
pose a danger
`);

/** What a plain threat must be aimed at to appeal to fear: "a threat to our democracy", not "to public safety". */
export const VALUED_TARGETS = lines(`
our
your
us
america
americans
democracy
freedom
freedoms
liberty
civilization
civilisation
children
families
country
nation
republic
society
faith
church
west
europe
humanity
world
peace
way
`);

/** Ruin foretold: "we will lose everything", "the end of our republic", "no one is safe". */
export const DOOM = lines(`
in mortal danger
in grave danger
in mortal peril
in grave peril
mortal peril
a matter of life and death
matter of life and death
no one is safe
no one will be safe
nobody is safe
nobody will be safe
none of us is safe
none of us are safe
none of us will be safe
we are all in danger
you are in danger
you're in danger
we are in danger
worst nightmare
worst nightmares
the end of our
the end of western
the end of civilization
the end of civilisation
the end of the republic
the end of america
the end of freedom
the end of democracy
point of no return
too late to
will be too late
it'll be too late
it will be too late
will lose everything
could lose everything
lose everything
we will lose
we'll lose
you will lose
you'll lose
will pay the price
will pay a heavy price
will pay dearly
you could be next
you will be next
we could be next
we will be next
coming for you
coming for us
at the gates
away from ruin
away from disaster
away from catastrophe
away from collapse
kiss goodbye
you have been warned
you've been warned
`);

/** The vulnerable named as the ones who will pay: "your children will not be safe". */
export const VULNERABLE = lines(`
our children
your children
our kids
your kids
our daughters
your daughters
our sons
your sons
our grandchildren
your grandchildren
our families
your families
your family
our families'
our wives
your wife
our elderly
our seniors
`);

/** What the vulnerable are told they face (besides harm words): "will not be safe", "will pay the price". */
export const VULNERABLE_FATES = lines(`
safe
pay
lose
inherit
harmed
hurt
abused
exposed
targeted
attacked
raped
murdered
killed
endangered
victims
next
`);

/** Consequences led to by one step: "will lead to war", "could lead to nuclear war", "there will be bloodshed". */
export const LEADS_TO = lines(`
will lead to
would lead to
could lead to
might lead to
may lead to
will only lead to
will lead only to
would only lead to
will inevitably lead to
will result in
would result in
could result in
will end in
could end in
would end in
will bring
would bring
could bring
will cause
would cause
could cause
will spark
would spark
could spark
will trigger
would trigger
could trigger
there will be
there would be
there could be
`);

/** One cause named as the only or real one: "the only reason", "the root of all". */
export const SOLE_CAUSE = lines(`
the only reason
the sole reason
the real reason
the true reason
the one reason
the single reason
the only explanation
the only possible explanation
the real explanation
the sole cause
the only cause
the real cause
the true cause
the single cause
the root of all
the root of our
the root of this
the root of the problem
the real motive
the true motive
the real purpose
the true purpose
only one explanation
only one possible explanation
only one reason
only one answer
for one reason only
for one reason and one reason only
`);

/** "Only because", "simply because": a cause declared sufficient. */
export const EXCLUSIVE_BECAUSE = lines(`
only because
simply because
solely because
purely because
precisely because
entirely because
all because
it's all because
it is all because
just because
all thanks to
entirely thanks to
only thanks to
all due to
entirely due to
solely due to
only due to
`);

/** The whole blame laid on one party: "is to blame for", "the blame lies squarely with". */
export const BLAME = lines(`
is to blame
are to blame
was to blame
were to blame
is entirely to blame
are entirely to blame
is solely to blame
are solely to blame
is wholly to blame
are wholly to blame
is squarely to blame
is alone to blame
are alone to blame
is solely responsible
are solely responsible
was solely responsible
were solely responsible
is entirely responsible
are entirely responsible
was entirely responsible
is wholly responsible
are wholly responsible
is directly responsible
are directly responsible
was directly responsible
were directly responsible
is single-handedly responsible
is personally responsible
the blame lies
the blame rests
blame lies
blame rests
pinned the blame
pinned blame
pin the blame
puts the blame
put the blame
lays the blame
laid the blame
it's all their fault
it's all his fault
it's all her fault
is all their fault
is all his fault
is all her fault
`);

/** One change that would have undone the outcome: "would still be alive if…". */
export const COUNTERFACTUAL = lines(`
would still be alive
would be alive today
could have been prevented
could have been avoided
could have been stopped
would have been prevented
would have been avoided
none of this would have happened
none of this would be happening
`);

/** "It is no coincidence that…": a link in time asserted as a cause. */
export const NO_COINCIDENCE = lines(`
no coincidence
not a coincidence
no accident that
not an accident that
not by accident
`);

/**
 * A motive assigned to a group as the whole explanation: "because they want",
 * "because they knew". The cue is "because they" ("because he believed" is
 * mostly a report of someone's own reason); the verb list is MOTIVE_VERBS.
 */
export const MOTIVE_BECAUSE = lines(`
because they
`);

/** Verbs of wanting, knowing and believing that make a "because they…" clause a motive. */
export const MOTIVE_VERBS = lines(`
want
wants
wanted
know
knows
knew
think
thinks
thought
believe
believes
believed
hate
hates
hated
fear
fears
feared
care
cares
cared
don't
didn't
do
did
simply
just
only
really
secretly
`);

/**
 * Outcomes too complex for a single cause: when one party is said to be
 * responsible for one of these, the cause is oversimplified.
 */
export const COMPLEX_OUTCOMES = lines(`
crisis
crises
decline
poverty
crime
violence
unemployment
inflation
recession
division
divisions
chaos
mess
problems
woes
collapse
failure
failures
decay
war
wars
terrorism
hatred
polarization
polarisation
debt
misery
suffering
destruction
corruption
mayhem
ills
downfall
`);

/** Words that make a causal claim partial: "one of the reasons", "partly because". */
export const CAUSAL_HEDGES = lines(`
partly
partially
part
one
among
factor
factors
contributed
contributing
contribute
some
several
many
`);

/** What a warning threatens after "will lead to": the harm words of appeals.ts and these. */
export const DOOM_OUTCOMES = lines(`
war
wars
conflict
bloodshed
violence
ruin
famine
anarchy
tyranny
slavery
extinction
genocide
civil
nuclear
tragedy
devastation
atrocity
havoc
mayhem
turmoil
panic
carnage
destruction
`);

/** Blame or cause verbs that need a complex outcome after them: "is responsible for the crisis". */
export const CAUSE_OF_OUTCOME = lines(`
is responsible for
are responsible for
was responsible for
were responsible for
to blame for
the cause of
the reason for
is behind
are behind
`);

/** Cause phrases that need a complex outcome before them: "the crisis was caused by…". */
export const OUTCOME_CAUSED_BY = lines(`
caused by
the fault of
`);
