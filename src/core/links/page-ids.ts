/** The places a `#fragment` can point at in an HTML page: every element's `id`, and `name` of anchors. */
import { Parser } from 'htmlparser2';

/** Read as the page streams in, so that a large page is never held whole as a tree. */
export class PageIds {
  private readonly ids = new Set<string>();
  private readonly parser = new Parser(
    {
      onopentag: (name, attributes) => {
        if (attributes.id) this.ids.add(attributes.id);
        if (attributes.name && (name === 'a' || name === 'map')) this.ids.add(attributes.name);
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );

  write(chunk: string): void {
    this.parser.write(chunk);
  }

  end(): string[] {
    this.parser.end();
    return [...this.ids];
  }
}
