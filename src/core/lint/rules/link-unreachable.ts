import type { NetworkRule } from '../rule';

export const linkUnreachable: NetworkRule = {
  id: 'SH804',
  slug: 'link-unreachable',
  network: true,
  description:
    "A web link's server could not be reached after retries: the name does not resolve, the connection fails or times out, or the server keeps failing (5xx).",
  severity: 'warning',
  messages: {
    unreachable: '{{page}} could not be reached: {{reason}}{{via}}.',
  },
  fixable: false,
  docs: {
    bad: '[Tool](https://tools.contoso-retired.example/download)',
    good: '[Tool](https://learn.microsoft.com/azure/tools)',
    notes: [
      'Each request is tried again after a failure, and a server that asks to wait (429 or 503 with `Retry-After`) is',
      'waited for; what still fails is reported here, not as dead: it may answer tomorrow.',
    ].join('\n'),
  },
};
