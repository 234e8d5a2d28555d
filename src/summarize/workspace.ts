/**
 * Typed work arrays carved from buffers kept from one call to the next. A
 * fresh typed array of more than a few numbers lives outside the heap and
 * costs about a microsecond, more than the work done on most of them; a view
 * on a kept buffer costs a few dozen nanoseconds. For work that runs to its
 * end without yielding, and arrays that do not outlive it.
 */
export class Workspace {
  private floatBuffer = new Float64Array(4096);
  private floatsUsed = 0;
  private intBuffer = new Int32Array(4096);
  private intsUsed = 0;

  /** Lets the next calls reuse every array handed out so far. */
  reset(): void {
    this.floatsUsed = 0;
    this.intsUsed = 0;
  }

  /** `length` zeros. */
  floats(length: number): Float64Array {
    if (this.floatsUsed + length > this.floatBuffer.length) {
      // The arrays handed out so far keep the old buffer.
      this.floatBuffer = new Float64Array(Math.max(2 * this.floatBuffer.length, length));
      this.floatsUsed = 0;
    }
    return this.floatBuffer.subarray(this.floatsUsed, (this.floatsUsed += length)).fill(0);
  }

  /** `length` zeros. */
  ints(length: number): Int32Array {
    if (this.intsUsed + length > this.intBuffer.length) {
      this.intBuffer = new Int32Array(Math.max(2 * this.intBuffer.length, length));
      this.intsUsed = 0;
    }
    return this.intBuffer.subarray(this.intsUsed, (this.intsUsed += length)).fill(0);
  }
}
