import { describe, expect, it } from 'vitest';
import { missingPolicyKinds, policiesInOrder, policyKindFromEntryPath, policyKinds, type Policy } from '../../src/lib/policies';

describe('policyKindFromEntryPath', () => {
  it('takes the kind from the file name', () => {
    expect(policyKindFromEntryPath('ethics.mdx')).toBe('ethics');
    expect(policyKindFromEntryPath('unnamed-sources.mdx', 'src/content/policies')).toBe('unnamed-sources');
  });

  it('refuses a file that is not a kind of policy, naming the file and the kinds', () => {
    expect(() => policyKindFromEntryPath('ethic.mdx', 'src/content/policies')).toThrow(
      'src/content/policies/ethic.mdx: file name: "ethic.mdx" is not a kind of policy; name it one of mission.mdx, ethics.mdx,',
    );
    expect(() => policyKindFromEntryPath('toString.mdx')).toThrow(/cannot be a URL/);
    expect(() => policyKindFromEntryPath('constructor.mdx')).toThrow(/is not a kind of policy/);
  });
});

describe('policiesInOrder and missingPolicyKinds', () => {
  const policy = (id: string) => ({ id, collection: 'policies', data: { title: id } }) as unknown as Policy;

  it('lists policies in the standards page’s order, whatever order they were read in', () => {
    expect(policiesInOrder([policy('masthead'), policy('ethics'), policy('mission')]).map((p) => p.id)).toEqual(['mission', 'ethics', 'masthead']);
  });

  it('names the kinds not yet written, in the same order', () => {
    expect(missingPolicyKinds(['ethics', 'masthead'])).toEqual(policyKinds.filter((kind) => kind !== 'ethics' && kind !== 'masthead'));
    expect(missingPolicyKinds(policyKinds)).toEqual([]);
    expect(missingPolicyKinds([])).toHaveLength(9);
  });
});
