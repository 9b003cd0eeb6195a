// Rollup plugin: squeezes the whitespace out of Lit `css` and `html` templates
// in our own sources. It edits only the literal parts of each template (found
// with the TypeScript parser, never a regex over code), so expressions are
// untouched. Lit's own files are already minified.
import ts from 'typescript';

const squeezeCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>~]|\+(?![^(]*\)))\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/(^|[^\w.])0\.(\d)/g, '$1.$2')
    .trim();

// Whitespace between tags never matters in our templates; inside text it
// collapses to one space, as the HTML renderer would show it anyway.
const squeezeHtml = (text) => text.replace(/>\s+</g, '><').replace(/\s+/g, ' ').replace(/ >/g, '>');

export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || id.includes('node_modules')) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits = [];
      const visit = (node) => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === 'css' || node.tag.text === 'html')) {
          const squeeze = node.tag.text === 'css' ? squeezeCss : squeezeHtml;
          const template = node.template;
          const parts = ts.isNoSubstitutionTemplateLiteral(template)
            ? [template]
            : [template.head, ...template.templateSpans.map((span) => span.literal)];
          for (const part of parts) {
            // Literal text sits between ` or } and ` or ${.
            const start = part.getStart(source) + 1;
            const end = part.getEnd() - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1);
            const raw = code.slice(start, end);
            const squeezed = squeeze(raw);
            if (squeezed !== raw) edits.push([start, end, squeezed]);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (!edits.length) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
