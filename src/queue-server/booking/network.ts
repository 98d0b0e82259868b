// The network a client address belongs to, for the per-network booking cap: IPv4 by its /24,
// IPv6 by its /48 (what one customer or one rented server block usually holds), an
// IPv4-mapped IPv6 address as its IPv4. Written here because node:net parses addresses but
// has no way to name an address's prefix.
import { isIPv4, isIPv6 } from 'node:net';

/** Expands an IPv6 address to its eight 16-bit groups, as numbers. */
function ipv6Groups(address: string): number[] {
  const [head = '', tail] = address.split('::');
  const part = (s: string) => (s === '' ? [] : s.split(':'));
  const left = part(head);
  const right = tail === undefined ? [] : part(tail);
  const missing = 8 - left.length - right.length;
  return [...left, ...Array<string>(Math.max(0, missing)).fill('0'), ...right].map((g) => Number.parseInt(g, 16));
}

/** 'v4:203.0.113' for 203.0.113.7, 'v6:2001:db8:12' for 2001:db8:12::1; other strings stand for themselves. */
export function networkOf(address: string): string {
  const bare = address.replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  const v4 = mapped ? mapped[1] : bare;
  if (v4 && isIPv4(v4)) return `v4:${v4.split('.').slice(0, 3).join('.')}`;
  if (isIPv6(bare)) {
    return `v6:${ipv6Groups(bare)
      .slice(0, 3)
      .map((g) => g.toString(16))
      .join(':')}`;
  }
  return address;
}
