import { indentedArticle } from '../../../src/core/lint/rules/indented-article';
import { article } from '../../helpers/article';
import { replaced, ruleTester } from '../../helpers/rule-tester';

/** whole article indented */
const wholeArticleIndented = article().replace(/^(?=.)/gm, '    ');
/** body indented */
const bodyIndented = article().replace(
  /\n\/>\n([\s\S]*)$/,
  (_, body: string) => '\n/>\n' + body.replace(/^(?=.)/gm, '\t'),
);

ruleTester(indentedArticle, {
  valid: [{ name: 'the valid article of the tests', text: article() }],
  invalid: [
    {
      name: 'whole article indented',
      text: wholeArticleIndented,
      errors: [
        {
          message:
            'Every line of the body is indented by 4 spaces: Markdown shows the whole article as one block of raw text (no heading, no list, no link). Remove the indentation.',
          line: 20,
          column: 1,
          endLine: 20,
          endColumn: 37,
        },
      ],
      output: replaced(
        wholeArticleIndented,
        '    <properties\n    \tpageTitle="Virtual machine does not start"\n    \tdescription="Steps to take when a virtual machine does not start"\n    \tinfoBubbleText="We found an issue with your virtual machine. See details on the right"\n    \tservice="microsoft.compute"\n    \tresource="virtualmachines"\n    \tauthors="contoso-writer"\n    \tms.author="contoso"\n    \tdisplayOrder=""\n    \tarticleId="vm-does-not-start-0001"\n    \tdiagnosticScenario="VmDoesNotStart"\n    \tselfHelpType="diagnostics"\n    \tsupportTopicIds="32628854"\n    \tresourceTags=""\n    \tproductPesIds="14749"\n    \tcloudEnvironments="public, fairfax, usnat, ussec"\n    \townershipId="Compute_VirtualMachines"\n    />\n\n    # Virtual machine does not start\n\n    <!--issueDescription-->\n    We found that your virtual machine <!--$vmName-->your VM<!--/$vmName--> stopped at <!--$startTime-->a recent time<!--/$startTime-->.\n    <!--/issueDescription-->\n\n    ## **Recommended Steps**\n\n    1. Restart the virtual machine from the portal.\n    2. Open [boot diagnostics](data-blade:Microsoft_Azure_Compute.BootDiagnosticsBlade.id.$resourceId) to see the console.\n\n    ## **Recommended Documents**\n\n    ',
        '<properties\n\tpageTitle="Virtual machine does not start"\n\tdescription="Steps to take when a virtual machine does not start"\n\tinfoBubbleText="We found an issue with your virtual machine. See details on the right"\n\tservice="microsoft.compute"\n\tresource="virtualmachines"\n\tauthors="contoso-writer"\n\tms.author="contoso"\n\tdisplayOrder=""\n\tarticleId="vm-does-not-start-0001"\n\tdiagnosticScenario="VmDoesNotStart"\n\tselfHelpType="diagnostics"\n\tsupportTopicIds="32628854"\n\tresourceTags=""\n\tproductPesIds="14749"\n\tcloudEnvironments="public, fairfax, usnat, ussec"\n\townershipId="Compute_VirtualMachines"\n/>\n\n# Virtual machine does not start\n\n<!--issueDescription-->\nWe found that your virtual machine <!--$vmName-->your VM<!--/$vmName--> stopped at <!--$startTime-->a recent time<!--/$startTime-->.\n<!--/issueDescription-->\n\n## **Recommended Steps**\n\n1. Restart the virtual machine from the portal.\n2. Open [boot diagnostics](data-blade:Microsoft_Azure_Compute.BootDiagnosticsBlade.id.$resourceId) to see the console.\n\n## **Recommended Documents**\n\n',
      ),
    },
    {
      name: 'body indented',
      text: bodyIndented,
      errors: [
        {
          message:
            'Every line of the body is indented: Markdown shows the whole article as one block of raw text (no heading, no list, no link). Remove the indentation.',
          line: 20,
          column: 1,
          endLine: 20,
          endColumn: 34,
        },
      ],
      output: replaced(
        bodyIndented,
        '\t# Virtual machine does not start\n\n\t<!--issueDescription-->\n\tWe found that your virtual machine <!--$vmName-->your VM<!--/$vmName--> stopped at <!--$startTime-->a recent time<!--/$startTime-->.\n\t<!--/issueDescription-->\n\n\t## **Recommended Steps**\n\n\t1. Restart the virtual machine from the portal.\n\t2. Open [boot diagnostics](data-blade:Microsoft_Azure_Compute.BootDiagnosticsBlade.id.$resourceId) to see the console.\n\n\t## **Recommended Documents**\n\n\t',
        '# Virtual machine does not start\n\n<!--issueDescription-->\nWe found that your virtual machine <!--$vmName-->your VM<!--/$vmName--> stopped at <!--$startTime-->a recent time<!--/$startTime-->.\n<!--/issueDescription-->\n\n## **Recommended Steps**\n\n1. Restart the virtual machine from the portal.\n2. Open [boot diagnostics](data-blade:Microsoft_Azure_Compute.BootDiagnosticsBlade.id.$resourceId) to see the console.\n\n## **Recommended Documents**\n\n',
      ),
    },
  ],
});
