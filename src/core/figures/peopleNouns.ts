/** Nouns for people a count can count: "700 employees", "four directors", "Signatories: 745", "four deciders". */
export const PEOPLE_NOUNS =
  'employees|employee|staff|staffers|staffer|workers|people|researchers|executives|engineers|members|directors|signatories|signatures|signees|signers|co-signers|cosigners|names|leaders|scientists|co-founders|cofounders|founders|investors|colleagues|newcomers|insiders|sources|trustees|governors|administrators|deciders|decision-makers';
