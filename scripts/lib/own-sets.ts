/** Our own evaluation sets live in tests/fixtures: set A in `heldout`, every other letter in `heldout-<letter>`. */
export function ownSetFolder(letter: string): string {
  return letter.toUpperCase() === 'A' ? 'heldout' : `heldout-${letter.toLowerCase()}`;
}
