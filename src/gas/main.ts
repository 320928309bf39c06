/**
 * The Apps Script entry, and the one list of public functions: gas-webpack-plugin turns each export
 * of this file into a top-level `function X()` that Apps Script calls from menus and the client
 * (`autoGlobalExportsFiles` in webpack.config.js). The menu's function names and the sidebar's client
 * are typed from this module, so a function reachable from outside must be exported here, and only
 * those: helpers end in `_` and stay inside the bundle's scope.
 */
export {
  buildCouncilSheets,
  buildPeriodReport,
  checkQuotas,
  createUnitIntakeTabs,
  onInstall,
  onOpen,
  runHostSelfTest,
  setupWorkbook,
  showPrintView,
  showSidebar,
  validateNominations,
  writeModelCodes,
} from './commands';

// The sidebar's server API (google.script.run).
export {
  getDashboard,
  getRowCriteria,
  jumpToCell,
  openPrintView,
  runSidebarCommand,
  setMyUnit,
  setRowCriteria,
} from './sidebar-api';
