// Links from the preview: the editor opens absolute http(s) and mailto URLs and nothing else.
import assert from 'node:assert/strict';
import { safeExternalUrl } from '../../client/src/preview/links';

describe('preview links', () => {
  it('opens http, https and mailto', () => {
    assert.equal(safeExternalUrl('https://docs.databricks.com/en/index.html'), 'https://docs.databricks.com/en/index.html');
    assert.equal(safeExternalUrl(' http://example.com/a b '), 'http://example.com/a%20b');
    assert.equal(safeExternalUrl('mailto:team@example.com'), 'mailto:team@example.com');
  });

  it('refuses every other scheme and relative links', () => {
    for (const href of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'java\nscript:alert(1)', 'command:workbench.action.terminal.new', 'file:///etc/passwd', 'vscode://file/x', 'data:text/html,<script>1</script>', '/relative', '#top', '', 'vbscript:x']) {
      assert.equal(safeExternalUrl(href), undefined, href);
    }
  });
});
