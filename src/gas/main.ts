/**
 * The Apps Script entry: every public function, and only those. gas-webpack-plugin turns each
 * `global.X = X` into a top-level `function X()` that Apps Script can call from menus and the client.
 */
import {
  buildCouncilSheets,
  buildPeriodReport,
  checkQuotas,
  createUnitIntakeTabs,
  onInstall,
  onOpen,
  runHostSelfTest,
  setupWorkbook,
  showSidebar,
  validateNominations,
  writeModelCodes,
} from './commands';
import {
  getDashboard,
  getRowCriteria,
  jumpToCell,
  runSidebarCommand,
  setMyUnit,
  setRowCriteria,
} from './sidebar-api';

declare const global: Record<string, unknown>;

global.onOpen = onOpen;
global.onInstall = onInstall;
global.showSidebar = showSidebar;
global.setupWorkbook = setupWorkbook;
global.validateNominations = validateNominations;
global.checkQuotas = checkQuotas;
global.buildCouncilSheets = buildCouncilSheets;
global.buildPeriodReport = buildPeriodReport;
global.runHostSelfTest = runHostSelfTest;
global.createUnitIntakeTabs = createUnitIntakeTabs;
global.writeModelCodes = writeModelCodes;

// The sidebar's server API (google.script.run).
global.getDashboard = getDashboard;
global.setMyUnit = setMyUnit;
global.jumpToCell = jumpToCell;
global.getRowCriteria = getRowCriteria;
global.setRowCriteria = setRowCriteria;
global.runSidebarCommand = runSidebarCommand;
