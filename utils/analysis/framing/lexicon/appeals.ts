/**
 * Phrase lists for the appeal and argument devices. Written for this project;
 * each list aims at wording that carries the device on its own, so single
 * common words are avoided.
 */
import { lines } from '../phrases';

export const FLAG_WAVING = lines(`
our country
our republic
our society
our democracy
our civilisation
our civilization
our culture
our borders
our soldiers
our government
our nation's
our country's
our great
defend our
defending our
protect our
protect america
protect the nation
defend the nation
all americans
fellow americans
freedom-loving
love america
loves america
american values
british values
western values
christian values
western civilisation
western civilization
our nation
our great nation
our great country
this great nation
this great country
our homeland
the homeland
the fatherland
the motherland
our flag
our troops
our heroes
our brave
our values
our way of life
our heritage
our freedoms
our sovereignty
our national
our founding fathers
the founding fathers
our constitution
the american people
the american dream
every american
real americans
true americans
patriot
patriots
patriotic
patriotism
true patriot
unpatriotic
un-american
anti-american
love of country
god bless america
make america great
america first
national pride
national honour
national honor
national greatness
in the name of the nation
for the motherland
for the fatherland
for our children
the nation's soul
`);

export const APPEAL_TO_FEAR = lines(`
existential threat
grave threat
grave danger
mortal danger
clear and present danger
under siege
before it's too late
before it is too late
unless we act now
if we don't act now
if we do not act now
time bomb
ticking time bomb
will destroy
would destroy
could destroy
will be destroyed
wipe out
wiped out
wipe us out
flood of
flooding into
flooding our
pouring into our
overrunning our
pouring into
pour across
overrun
overrun by
invasion of
coming for your
come for your
take away your
take your guns
lose everything
nightmare
nightmare scenario
apocalypse
armageddon
catastrophe
doomed
chaos
anarchy
bloodshed
threaten our
threatens our
danger to society
our children are
at stake
fear for
terrified
terrifying
frightening
chilling
alarming
sinister agenda
hidden agenda
`);

export const DOUBT = lines(`
so-called
fake news
so called
self-styled
self-proclaimed
purported
questionable
dubious
doubtful
dubiously
can we really trust
can we trust
can they be trusted
how can we trust
what are they hiding
what is he hiding
what is she hiding
raises questions
raises serious questions
serious questions
one has to wonder
one wonders
i wonder
makes you wonder
is it any wonder
we are told
we were told
the official story
the official narrative
claims to be
claimed to be
pretends to be
pretend to be
`);

export const SLOGANS = lines(`
make america great again
drain the swamp
lock her up
build the wall
america first
black lives matter
all lives matter
blue lives matter
no justice no peace
yes we can
hope and change
death to america
workers of the world unite
never again
not my president
hands off
power to the people
no war but class war
take back control
keep america great
stop the steal
enough is enough
`);

/** Cries that are slogans only when they open a clause: "Down with the tyrant!", not "sat down with". */
export const RALLYING_CRIES = lines(`
death to
down with
long live
`);

export const BLACK_AND_WHITE = lines(`
with us or with the
either you are
either you're
no middle ground
no other option
no other choice
two choices
one or the other
all or nothing
black and white
good versus evil
good vs evil
good and evil
only one way
the only way
no going back
no other way
no better way
`);

export const CAUSAL_OVERSIMPLIFICATION = lines(`
the root of all
the root cause of all
is responsible for all
are responsible for all
is the reason for
one simple reason
for one reason only
one reason and one reason only
is the cause of
are the cause of
directly caused
directly responsible
thanks to them
as a direct result
as a direct consequence
inevitably leads to
leads directly to
led directly to
`);

export const WHATABOUTISM = lines(`
what about
but what about
and what about
where was the outrage
where is the outrage
where were they
where were you
where was the media
double standard
double standards
the same people who
the very same people
yet nobody
yet no one
no one complains
nobody complains
nobody talks about
no one talks about
they would have you believe
they want you to believe
so you're saying
so you are saying
what is actually
`);

export const US_VS_THEM = lines(`
they want to
they want you to
they want us to
they don't want you
they do not want you
they hate us
they hate our
our people
our own people
people like us
ordinary people
ordinary americans
hard-working people
hardworking people
hard-working families
hardworking families
hard-working americans
hard-working taxpayers
ordinary families
ordinary citizens
the elites
the elite
the establishment
the powers that be
those in power
those people
people like them
the likes of them
us versus them
us vs them
us and them
enemy of the people
enemies of the people
enemies of the state
the enemy within
their agenda
their kind
real people
silent majority
the silent majority
`);

/**
 * Harm words: what a fear appeal threatens. On their own they report harm
 * ("the attack killed 80 people"); after a modal or a warning verb they
 * predict it ("could destroy", "threatens to kill"), which is the appeal.
 * Base forms; inflections are matched by the stemmer.
 */
export const HARM_WORDS = lines(`
destroy
kill
die
death
deadly
danger
dangerous
threat
catastrophe
catastrophic
disaster
disastrous
devastate
devastating
decimate
annihilate
annihilation
explode
collapse
ruin
wipe
perish
slaughter
massacre
persecution
tragedy
bloodshed
chaos
invade
invasion
jeopardize
jeopardise
endanger
suffer
starve
burn
bankrupt
cripple
spread
engulf
escalate
spiral
unleash
overwhelm
infect
war
atrocity
nightmare
pandemic
famine
genocide
bloodbath
carnage
`);

/** Words that make what follows a prediction or a warning rather than a report. */
export const FEAR_TRIGGERS = lines(`
could
would
will
'll
may
might
risk
risks
threaten
threatens
lest
otherwise
`);
