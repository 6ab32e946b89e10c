/** The texts the REPL prints: its banner, `.help` and the answer to a bare `help`. */

export const BANNER = `Python 2.7 (perspective-sandbox, Skulpt; Jython 2.7 compatible)
Type ".help" for commands; system.perspective.getSessionInfo() lists the sessions.
`;

export const META_HELP = `.clear        clear the screen
.effects      what the code did to sessions so far (messages, navigation, popups), one line each
.exit         leave the REPL (also Ctrl-D on an empty line)
.help         show this list
.load FILE    run a Python file into the current globals
.reset        drop all user globals (the Script Console's Reset)
.sessions     a table of the current Perspective sessions

help(obj) prints obj's documentation, e.g. help(system.perspective.getSessionInfo).
Tab completes names, attributes and session keys (s["); Up/Down recall history.
Ctrl-C interrupts running code (a second Ctrl-C restarts the sandbox) or clears the input.
`;

export const BARE_HELP = 'Type help(object) for help about object, or .help for the REPL commands.\n';
