#ifndef ROUNDS_CNCURSES_SHIM_H
#define ROUNDS_CNCURSES_SHIM_H

// The wide-character API (wget_wch, wadd_wch, setcchar, ...) is only declared when this is set
// before curses.h is included; without it Swift sees the narrow API alone.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// wcwidth is not exposed by `import Glibc` on every setup.
int wcwidth(wchar_t c);

// Attribute and colour macros, which Swift cannot import, as functions.
static inline attr_t rounds_a_normal(void) { return A_NORMAL; }
static inline attr_t rounds_a_bold(void) { return A_BOLD; }
static inline attr_t rounds_a_dim(void) { return A_DIM; }
static inline attr_t rounds_a_reverse(void) { return A_REVERSE; }
static inline attr_t rounds_a_underline(void) { return A_UNDERLINE; }
static inline attr_t rounds_a_standout(void) { return A_STANDOUT; }
static inline attr_t rounds_color_pair(short n) { return COLOR_PAIR(n); }

// Window geometry macros.
static inline int rounds_getmaxy(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)x; return y; }
static inline int rounds_getmaxx(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)y; return x; }

// Globals that are macros or variables in some builds.
static inline WINDOW *rounds_stdscr(void) { return stdscr; }
static inline int rounds_lines(void) { return LINES; }
static inline int rounds_cols(void) { return COLS; }
static inline int rounds_colors(void) { return COLORS; }

// Key codes and results.
static inline int rounds_key_code_yes(void) { return KEY_CODE_YES; }
static inline int rounds_key_resize(void) { return KEY_RESIZE; }
static inline int rounds_key_mouse(void) { return KEY_MOUSE; }
static inline int rounds_err(void) { return ERR; }
static inline int rounds_ok(void) { return OK; }

// Mouse masks.
static inline mmask_t rounds_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t rounds_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t rounds_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t rounds_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t rounds_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t rounds_button5_pressed(void) {
#ifdef BUTTON5_PRESSED
  return BUTTON5_PRESSED;
#else
  return 0;
#endif
}
static inline mmask_t rounds_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }

// Draw one styled cell: the grapheme's scalars (at most CCHARW_MAX), attributes and colour pair.
static inline int rounds_put_cell(WINDOW *w, int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
  cchar_t cell;
  if (setcchar(&cell, wch, attrs, pair, NULL) != OK) return ERR;
  return mvwadd_wch(w, y, x, &cell);
}

#endif
