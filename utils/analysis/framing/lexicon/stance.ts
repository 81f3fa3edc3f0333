/**
 * Stance markers: boosters claim certainty the text has not earned; hedges
 * soften a claim so it commits to less. Written for this project.
 */
import { lines } from '../phrases';

export const BOOSTERS = lines(`
the truth is
the truth is this
the truth of the matter is
the reality is
but the reality is
in reality
the fact is
the fact of the matter is
the simple fact is
it is clear
it's clear
it is obvious
it's obvious
it is undeniable
it is beyond doubt
it is certain
clearly
obviously
undeniably
undoubtedly
unquestionably
indisputably
indeed
of course
certainly
without a doubt
without question
beyond question
there is no doubt
there's no doubt
there can be no doubt
no doubt
make no mistake
let's be clear
let us be clear
let me be clear
no one can deny
nobody can deny
no one disputes
it goes without saying
needless to say
everyone knows
everybody knows
we all know
as we all know
the bottom line is
plain and simple
pure and simple
`);

export const HEDGES = lines(`
perhaps
maybe
it seems
it would seem
it appears
seemingly
apparently
some say
some argue
some claim
some believe
some people say
many say
many believe
arguably
possibly
conceivably
presumably
supposedly
reportedly
allegedly
it is possible
it's possible
it may be
it might be
somewhat
to some extent
to a degree
sort of
kind of
more or less
i think
i believe
i guess
i suppose
we think
probably
likely
unlikely
in theory
in a sense
in some ways
to an extent
it could be argued
it can be argued
one could argue
one might argue
it is thought
it is believed
some experts say
some experts believe
some experts suggest
some observers say
some observers believe
some analysts say
some analysts believe
`);
