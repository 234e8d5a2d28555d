/** An organization found in one sentence, before overlaps between the rules are settled. */
import type { InstitutionKind } from './institutions.js';

export interface Candidate {
  /** Offsets in the sentence. */
  start: number;
  end: number;
  /** As written. */
  name: string;
  canonical: string;
  /** Set for institutions of the registry. */
  kind?: InstitutionKind;
}
