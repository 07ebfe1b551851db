// Finds every module reference in a source file from its syntax tree, so comments and strings
// never count (the old checker matched raw text and flagged `get_db` inside `get_db_pool`).
import * as ts from 'typescript';

export interface ImportRef {
  /** The module specifier as written, or the source text of a computed one. */
  specifier: string;
  line: number;
  /** True when the specifier is an expression the scan cannot resolve, e.g. `require(name)`. */
  computed: boolean;
}

// Calls whose first argument names a module: jest's module registry reaches code just like `require`.
const MODULE_CALLS = new Set(['require', 'require.resolve', 'jest.mock', 'jest.doMock', 'jest.requireActual', 'jest.requireMock', 'jest.createMockFromModule']);

export function findImports(fileName: string, text: string): ImportRef[] {
  const kind = /\.(tsx|jsx)$/.test(fileName) ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  const refs: ImportRef[] = [];

  const add = (node: ts.Node, arg: ts.Node | undefined): void => {
    if (!arg) return;
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) {
      refs.push({ specifier: arg.text, line, computed: false });
    } else {
      refs.push({ specifier: node.getText(sf).replace(/\s+/g, ' '), line, computed: true });
    }
  };

  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
      add(node, node.moduleSpecifier);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node, node.moduleReference.expression);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node, node.argument.literal);
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression.kind === ts.SyntaxKind.ImportKeyword ? 'import' : node.expression.getText(sf);
      if (callee === 'import' || MODULE_CALLS.has(callee)) add(node, node.arguments[0]);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return refs;
}
