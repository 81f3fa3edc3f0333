/** Sentences written for the tests: a mix of claims and opinion, used to build large inputs. */
export const averageTestSentences: readonly string[] = [
  'The Harbour Authority reported that cargo volumes fell 18 percent in 2024.',
  'Mayor Ines Okafor closed two of the four docks in March, according to the council minutes.',
  'I think the council has lost its way and must listen to the workers.',
  'Will anyone in the town hall take responsibility for this mess?',
  'The new bypass cost $240 million and opened three years late.',
  'Residents deserve better, and they will remember this at the next election.',
  'Since 2019 the number of fishing boats registered in the port has dropped from 312 to 197.',
  'It is a sad story for a proud town.',
];
