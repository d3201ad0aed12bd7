/** A copy of `array` at least `atLeast` long, twice as long at least: for arrays filled one entry at a time. */
export function grow(array: Int32Array, atLeast: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(Math.max(atLeast, array.length * 2));
  bigger.set(array);
  return bigger;
}
