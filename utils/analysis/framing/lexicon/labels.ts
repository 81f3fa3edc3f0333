/**
 * Name-calling and labels: nouns (and a few noun phrases) that tag people or
 * groups with a judgement instead of naming who they are. Written for this
 * project. Base forms; plurals are matched by the stemmer.
 */
import { lines } from '../phrases';

/** Contemptuous words for a person. */
export const PERSON_LABELS = lines(`
puppet
stooge
lackey
flunky
flunkey
henchman
henchmen
crony
minion
lapdog
poodle
shill
hack
mouthpiece
toady
sycophant
bootlicker
traitor
turncoat
quisling
sellout
sell-out
thug
goon
gangster
mobster
crook
liar
charlatan
con man
conman
fraudster
swindler
huckster
grifter
demagogue
career politician
beltway insider
tyrant
despot
strongman
warmonger
fanatic
zealot
extremist
lunatic
maniac
madman
madmen
jihadi
crackpot
homophobe
schemer
devil
demon
molester
sidekick
bigwig
lone nut
nutjob
nutcase
freak show
pederast
partisan hack
warlord
bully
brute
savage
snake oil salesman
hypocrite
coward
weasel
snob
bimbo
idiot
wacko
whack job
bozo
psychopath
idiot
moron
fool
clown
buffoon
imbecile
dimwit
halfwit
nitwit
loser
snowflake
far left
radical left
hard left
loony left
extreme left
far right
extreme right
hard right
alt-right
libs
leftie
right-winger
left-winger
social justice warrior
sjw
race-baiter
race baiter
hate group
traitorous
crooked
crybaby
bigot
racist
fascist
nazi
neo-nazi
commie
globalist
elitist
leftist
lefty
libtard
rightist
reactionary
radical
jihadist
islamist
terrorist sympathiser
apologist
propagandist
troll
parasite
leech
bloodsucker
vermin
scum
scumbag
monster
villain
criminal mastermind
war criminal
butcher
pariah
degenerate
pervert
heretic
infidel
usurper
imposter
impostor
pretender
dictator
oligarch
plutocrat
kleptocrat
bureaucrat
apparatchik
ideologue
agitator
provocateur
rabble-rouser
hatemonger
fearmonger
scaremonger
doomsayer
denier
useful idiot
rino
neocon
warhawk
war hawk
chickenhawk
never-trumper
trumpster
sheeple
feminazi
lowlife
low-life
sleazeball
dirtbag
wingnut
moonbat
blowhard
loudmouth
windbag
race hustler
hater
`);

/** Words for a group that paint it as a conspiracy, gang or caste. */
export const GROUP_LABELS = lines(`
clique
cabal
mafia
gestapo
politburo
crowd
lobby
brigade
cult
junta
regime
gang
mob
horde
rabble
elite
elites
oligarchy
plutocracy
kleptocracy
ruling class
ruling elite
political class
chattering class
deep state
swamp
fifth column
shadow government
globalist elite
special interests
lamestream media
fake news media
corrupt establishment
`);

/** Ideology words that work as labels when pinned to a named actor ("US imperialism"). */
export const IDEOLOGY_LABELS = lines(`
imperialism
fascism
communism
marxism
stalinism
totalitarianism
authoritarianism
globalism
colonialism
neocolonialism
neoliberalism
zionism
islamism
jihadism
extremism
radicalism
chauvinism
jingoism
militarism
expansionism
revanchism
reformism
opportunism
populism
nationalism
`);

/** Modifiers that pin an ideology label to an actor even though they are not capitalised. */
export const ACTOR_MODIFIERS = lines(`
western
yankee
american
us
u.s
british
russian
chinese
israeli
european
soviet
`);

/**
 * Nouns that make people into someone's instruments. Only labels when a named
 * owner is attached ("Moscow's puppets", "the toys of Uribismo"), because on
 * their own they are ordinary words.
 */
export const INSTRUMENT_METAPHORS = lines(`
toy
plaything
pawn
marionette
errand boy
foot soldier
`);

/**
 * Last parts of hyphenated labels for a person: "race-monger", "war-monger",
 * "tree-hugger", "Jew-baiter", "climate-denier". The first part names what the
 * person is accused of; the head makes it an accusation.
 */
export const COMPOUND_LABEL_HEADS = new Set(
  lines(`
monger
baiter
basher
hater
peddler
pusher
denier
apologist
phobe
hugger
licker
chaser
grabber
worshipper
abuser
liar
tard
nut
freak
fanatic
zealot
troll
shill
stooge
thug
`),
);

/**
 * Plain nouns for people in a role ("leader", "priests", "officials"). Neutral
 * alone; with a judging adjective before them ("despotic leader", "corrupt
 * officials") the pair is a label for people rather than a judgement of a
 * thing. Singular forms; plurals are matched by stem.
 */
export const PERSON_NOUNS = new Set(
  lines(`
man
men
woman
women
person
people
guy
leader
official
politician
lawmaker
legislator
senator
congressman
minister
president
governor
mayor
judge
lawyer
attorney
prosecutor
priest
bishop
cardinal
cleric
pastor
preacher
prelate
shepherd
mullah
journalist
reporter
columnist
pundit
commentator
activist
agent
operative
operator
individual
staffer
aide
adviser
advisor
spokesman
spokeswoman
predecessor
successor
follower
supporter
member
ally
crony
partisan
critic
authority
elite
bureaucrat
apparatchik
cadre
henchman
acolyte
disciple
actor
player
kid
student
youth
teenager
immigrant
migrant
citizen
voter
worker
boss
owner
executive
banker
billionaire
millionaire
donor
celebrity
`),
);
