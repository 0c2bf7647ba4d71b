import { linkFragment } from '../../../src/core/lint/rules/link-fragment';
import { withBody } from '../../helpers/article';
import { linkRuleTester } from '../../helpers/link-rule-tester';
import { spanOf } from '../../helpers/rule-tester';

const STEP = '1. Restart the virtual machine from the portal.';
const PAGE = 'https://learn.microsoft.com/azure/sizes';
const SIZES = {
  [PAGE]: { html: '<h2 id="general-purpose">General purpose</h2><a name="legacy-anchor"></a><p id="n&amp;m">x</p>' },
};
const renamed = withBody(STEP, `1. See [sizes](${PAGE}#memory-optimized).`);

linkRuleTester(linkFragment, {
  valid: [
    {
      name: "an element's id, an anchor's name, an id with an entity, a text fragment",
      text: withBody(
        STEP,
        `1. See [a](${PAGE}#general-purpose), [b](${PAGE}#legacy-anchor), [c](${PAGE}#n%26m), [d](${PAGE}#:~:text=General).`,
      ),
      web: SIZES,
    },
    {
      name: 'a page that is not HTML is not read for its fragments',
      text: withBody(STEP, '1. See [the data](https://contoso.com/data.json#anything).'),
      web: { 'https://contoso.com/data.json': { headers: { 'content-type': 'application/json' } } },
    },
  ],
  invalid: [
    {
      name: 'a heading renamed since the link was written',
      text: renamed,
      web: SIZES,
      errors: [
        {
          message: `${PAGE} has no place "#memory-optimized": no element with that id or name (a heading renamed?).`,
          ...spanOf(renamed, `${PAGE}#memory-optimized`),
        },
      ],
    },
  ],
});
