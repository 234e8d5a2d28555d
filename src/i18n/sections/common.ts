/** Texts shared by every feature: names of people's roles, and how a label is followed by its value. */
import type { PersonRole } from '../../facts.js';

export interface CommonText {
  /** The person roles, as a noun phrase in this language ("co-CEO", "Co-CEO", "administrerende direktør"). */
  roles: Record<PersonRole, string>;
  /** What stands between a label and its value: ": ", and in French a no-break space before the colon ("Catégorie : …"). */
  colon: string;
}
