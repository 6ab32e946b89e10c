/**
 * system.* functions of Ignition 8.1 (from the scripting-functions appendix of the 8.1 manual) that scripts may
 * call on a gateway. Those the sandbox does not implement say so when read ("system.tag.browse is not available
 * in perspective-sandbox") instead of failing like a misspelt name. createSystemModule subtracts what is
 * implemented, so implementing a function needs no change here; delete a module's line when all of it exists.
 */
export const GATEWAY_FUNCTIONS: Readonly<Record<string, readonly string[]>> = {
  alarm: ['acknowledge', 'cancel', 'createRoster', 'getDisplayPaths', 'getRosters', 'getShelvedPaths', 'listPipelines',
    'loadFromFile', 'queryJournal', 'queryStatus', 'shelve', 'unshelve'],
  dataset: ['addColumn', 'addRow', 'addRows', 'appendDataset', 'clearDataset', 'dataSetToExcel', 'dataSetToHTML',
    'deleteRow', 'deleteRows', 'exportCSV', 'exportExcel', 'exportHTML', 'filterColumns', 'formatDates', 'fromCSV',
    'getColumnHeaders', 'setValue', 'sort', 'toCSV', 'toDataSet', 'toExcel', 'toJSONObject', 'toPyDataSet', 'updateRow'],
  date: ['addDays', 'addHours', 'addMillis', 'addMinutes', 'addMonths', 'addSeconds', 'addWeeks', 'addYears',
    'daysBetween', 'format', 'fromMillis', 'getAMorPM', 'getDate', 'getDayOfMonth', 'getDayOfWeek', 'getDayOfYear',
    'getHour12', 'getHour24', 'getMillis', 'getMinute', 'getMonth', 'getQuarter', 'getSecond', 'getTimezone',
    'getTimezoneOffset', 'getTimezoneRawOffset', 'getYear', 'hoursBetween', 'isAfter', 'isBefore', 'isBetween',
    'isDaylightTime', 'midnight', 'millisBetween', 'minutesBetween', 'monthsBetween', 'now', 'parse',
    'secondsBetween', 'setTime', 'toMillis', 'weeksBetween', 'yearsBetween'],
  db: ['addDatasource', 'beginNamedQueryTransaction', 'beginTransaction', 'clearAllNamedQueryCaches',
    'clearNamedQueryCache', 'closeTransaction', 'commitTransaction', 'createSProcCall', 'dateFormat', 'execSProcCall',
    'getConnectionInfo', 'getConnections', 'removeDatasource', 'rollbackTransaction', 'runNamedQuery', 'runPrepQuery',
    'runPrepUpdate', 'runQuery', 'runScalarPrepQuery', 'runScalarQuery', 'runUpdateQuery', 'setDatasourceConnectURL',
    'setDatasourceEnabled', 'setDatasourceMaxConnections'],
  device: ['addDevice', 'getDeviceHostname', 'listDevices', 'refreshBrowse', 'removeDevice', 'restart',
    'setDeviceEnabled', 'setDeviceHostname'],
  file: ['fileExists', 'getTempFile', 'readFileAsBytes', 'readFileAsString', 'writeFile'],
  math: ['geometricMean', 'kurtosis', 'max', 'mean', 'meanDeviation', 'median', 'min', 'mode', 'normalize',
    'percentile', 'popStandardDeviation', 'popVariance', 'product', 'range', 'skewness', 'standardDeviation', 'sum',
    'variance'],
  net: ['getExternalIpAddress', 'getHostName', 'getIpAddress', 'getRemoteServers', 'httpClient', 'httpDelete',
    'httpGet', 'httpPost', 'httpPut', 'sendEmail'],
  opc: ['browse', 'browseServer', 'browseSimple', 'getServerState', 'getServers', 'isServerEnabled', 'readValue',
    'readValues', 'setServerEnabled', 'writeValue', 'writeValues'],
  perspective: ['alterLogging', 'getSessionInfo', 'isAuthorized', 'login', 'logout', 'navigateBack', 'navigateForward'],
  project: ['getProjectName', 'getProjectNames', 'requestScan'],
  report: ['executeAndDistribute', 'executeReport', 'getReportNamesAsDataset', 'getReportNamesAsList'],
  security: ['getRoles', 'getUserRoles', 'getUsername', 'isScreenLocked', 'validateUser'],
  sfc: ['cancelChart', 'getRunningCharts', 'getVariables', 'pauseChart', 'redundantCheckpoint', 'resumeChart',
    'setVariable', 'setVariables', 'startChart'],
  tag: ['browse', 'configure', 'copy', 'deleteAnnotations', 'deleteTags', 'exists', 'exportTags', 'getConfiguration',
    'importTags', 'move', 'query', 'queryAnnotations', 'queryTagCalculations', 'queryTagDensity', 'queryTagHistory',
    'readAsync', 'readBlocking', 'rename', 'requestGroupExecution', 'storeAnnotations', 'storeTagHistory',
    'writeAsync', 'writeBlocking'],
  user: ['addHoliday', 'addRole', 'addSchedule', 'addUser', 'editHoliday', 'editRole', 'editSchedule', 'editUser',
    'getHoliday', 'getHolidayNames', 'getHolidays', 'getNewUser', 'getRoles', 'getSchedule', 'getScheduleNames',
    'getSchedules', 'getUser', 'getUserSources', 'getUsers', 'isUserScheduled', 'removeHoliday', 'removeRole',
    'removeSchedule', 'removeUser'],
  util: ['audit', 'execute', 'getGatewayAddress', 'getGatewayStatus', 'getGlobals', 'getLogger', 'getModules',
    'getProjectName', 'getProperty', 'getSessionInfo', 'getVersion', 'invokeAsynchronous', 'jsonDecode', 'jsonEncode',
    'modifyTranslation', 'queryAuditLog', 'sendMessage', 'sendRequest', 'sendRequestAsync', 'setLoggingLevel',
    'threadDump', 'translate'],
};

export const NOT_AVAILABLE_MESSAGE = '{name} is not available in perspective-sandbox';
