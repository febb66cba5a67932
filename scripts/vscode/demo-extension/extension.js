// Demo only (scripts/vscode/open-examples.mjs, linked into the demo's own extensions folder): shows
// the Problems panel under the contract the demo opens, then gives the editor its focus back. No
// setting or URL parameter of VS Code opens a panel at startup.
const vscode = require('vscode');

exports.activate = async () => {
  await vscode.commands.executeCommand('workbench.panel.markers.view.focus');
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
};
