/**
 * Rounds half away from zero to a number of decimals, as Excel's ROUND does. Excel first reduces a
 * value to 15 significant digits, which is why 86.725 (stored as 86.72499…) rounds to 86.73 there;
 * this does the same so that figures here and in the sheet never differ by a cent.
 */
export function roundHalfAwayFromZero(value: number, decimals = 2): number {
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = (Math.sign(value) * Math.round(scaled)) / factor;
  return rounded === 0 ? 0 : rounded;
}
