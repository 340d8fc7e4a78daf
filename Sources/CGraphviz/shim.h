#ifndef CHANNELS_CGRAPHVIZ_SHIM_H
#define CHANNELS_CGRAPHVIZ_SHIM_H

// The system's Graphviz headers, from Debian's libgraphviz-dev (found through pkg-config: libgvc).
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

// Macros (`agtail`, `aghead`) and struct fields the wrapper reads do not import into Swift as functions;
// these shims cover what the wrapper needs. Messages are captured with `agseterrf`, which imports as is.

/// Reads one graph from a NUL-terminated DOT text; NULL on a syntax error. The lexer's line counter is
/// global and otherwise runs on from the previous read, so it is reset first.
static inline Agraph_t *channels_agmemread(const char *text) {
    agreadline(1);
    return agmemread(text);
}

/// The name of the attribute symbol, or NULL at the end of the list.
static inline const char *channels_agsym_name(Agsym_t *symbol) {
    return symbol ? symbol->name : NULL;
}

/// The tail (source) node of an edge; `agtail` is a macro Swift cannot call.
static inline Agnode_t *channels_agtail(Agedge_t *edge) {
    return agtail(edge);
}

/// The head (target) node of an edge; `aghead` is a macro Swift cannot call.
static inline Agnode_t *channels_aghead(Agedge_t *edge) {
    return aghead(edge);
}

#endif
