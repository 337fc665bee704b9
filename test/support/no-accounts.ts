import type { AccountStore } from '../../src/core/accounts/account-ports.ts';

/**
 * The fake keeps records only: accounts are tested on both real databases (src/core/accounts/*.test.ts). It
 * knows no account, so a history read from it names no one but the system.
 */
export const NO_ACCOUNTS = new Proxy({} as AccountStore, {
  get: (_target, property) =>
    property === 'accountLabels'
      ? () => Promise.resolve([])
      : () => Promise.reject(new Error(`the memory store keeps no accounts (${String(property)})`)),
});
