/** Texts shared by every feature: names of languages and of people's roles. */
import type { PersonRole } from '../../facts.js';

export interface CommonText {
  /** The person roles, as a noun phrase in this language ("co-CEO", "Co-CEO", "administrerende direktør"). */
  roles: Record<PersonRole, string>;
}
