import logging
import sys
# run_corpus.py runs the whole corpus in one Jython process: start from a fresh root logger.
for _h in logging.root.handlers[:]:
    logging.root.removeHandler(_h)
logging.root.setLevel(logging.WARNING)
logging.disable(logging.NOTSET)

# A gateway script that logs its report to stdout.
logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format='%(levelname)s:%(name)s:%(message)s')
log = logging.getLogger('reports.sessions')

sessions = system.perspective.getSessionInfo()
log.info('found %d sessions', len(sessions))
log.debug('this is below the level and never shows')
for s in sessions[:3]:
    log.info('session %s user=%s', s['id'], s['username'])
log.warning('%(n)d sessions have no user', {'n': len([s for s in sessions if not s['username']])})
log.warn('warn is an alias')
log.error('an error')
log.critical('critical!')
log.log(25, 'custom level %s', 25)
logging.addLevelName(25, 'NOTICE')
log.log(25, 'now named')
logging.info('module-level info')
logging.debug('module-level debug hidden')

# a second basicConfig does nothing: the root logger has a handler
logging.basicConfig(stream=sys.stdout, format='IGNORED %(message)s')
logging.warning('still the first format')
print len(logging.getLogger().handlers)
print logging.getLevelName(logging.INFO), logging.getLevelName(25), logging.getLevelName('NOTICE'), logging.getLevelName(33)
print log.getEffectiveLevel(), log.isEnabledFor(logging.DEBUG), log.isEnabledFor(logging.ERROR)
print logging.DEBUG, logging.INFO, logging.WARNING, logging.WARN, logging.ERROR, logging.CRITICAL, logging.FATAL, logging.NOTSET
