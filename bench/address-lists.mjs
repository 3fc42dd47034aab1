// The address lists every batch benchmark uses, written once so that their figures compare.

const shapes = [
  (i) => `user${i}@example.com`, (i) => `first.last+tag${i}@sub.acme.co.uk`, (i) => `Agent_${i}@Acme.IO`,
  (i) => `bot${i}@bücher.example`, (i) => `x${i}@例え.テスト`, (i) => ` lead${i}@acme.com`,
  (i) => `no-at-${i}.acme.com`, (i) => `a..b${i}@acme.com`, (i) => `"q${i}"@acme.com`, (i) => `u${i}@localhost`,
];

/** `n` addresses of ten shapes: plain, tagged, mixed case, IDN, invalid, quoted, a bare host. */
export const mixedAddresses = (n) => Array.from({ length: n }, (_, i) => shapes[i % shapes.length](i));

/** `n` valid addresses, each on its own ASCII domain: the worst case for the batch's domain cache. */
export const distinctDomainAddresses = (n) =>
  Array.from({ length: n }, (_, i) => `agent${i}@mail.company-${i}.example.com`);
