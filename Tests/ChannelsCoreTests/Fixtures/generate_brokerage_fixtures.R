# Reference values for Gould-Fernandez brokerage, computed with R's sna::brokerage.
#
# Writes one JSON file per case into ./brokerage/ (see README.md for the schema and sna's formulas).
# Run from this folder:  Rscript generate_brokerage_fixtures.R
# Needs the Debian packages r-cran-sna and r-cran-jsonlite. Every case sets its own seed, so a
# rerun writes byte-identical files.

suppressPackageStartupMessages({
  library(sna)
  library(jsonlite)
})

out_dir <- "brokerage"
dir.create(out_dir, showWarnings = FALSE)

roles <- c("w_I", "w_O", "b_IO", "b_OI", "b_O", "t")

# Shortest decimal text that reads back as the same double (like Python's repr); NaN/Inf -> null.
num <- function(x) {
  if (!is.finite(x)) return("null")
  for (digits in 15:17) {
    s <- sprintf("%.*g", digits, x)
    if (as.numeric(s) == x) break
  }
  s
}
num_array <- function(v) structure(paste0("[", paste(vapply(v, num, ""), collapse = ","), "]"), class = "json")
num_matrix <- function(m) {
  rows <- vapply(seq_len(nrow(m)), function(i) num_array(m[i, ]), "")
  structure(paste0("[", paste(rows, collapse = ","), "]"), class = "json")
}

write_case <- function(name, generator, g, cl) {
  n <- nrow(g)
  directed <- !isSymmetric(unname(g))
  arcs <- which(g != 0, arr.ind = TRUE)
  arcs <- arcs[order(arcs[, 1], arcs[, 2]), , drop = FALSE] - 1  # 0-based, sorted by (i, j)
  b <- brokerage(g, cl)
  stopifnot(identical(colnames(b$raw.nli), roles), identical(names(b$raw.gli), roles))
  doc <- list(
    name = name, generator = generator, n = n, directed = directed,
    edges = num_matrix(arcs), groups = num_array(cl), roles = roles,
    raw_nli = num_matrix(b$raw.nli), exp_nli = num_matrix(b$exp.nli),
    sd_nli = num_matrix(b$sd.nli), z_nli = num_matrix(b$z.nli),
    raw_gli = num_array(b$raw.gli), exp_gli = num_array(b$exp.gli),
    sd_gli = num_array(b$sd.gli), z_gli = num_array(b$z.gli)
  )
  text <- toJSON(doc, auto_unbox = TRUE, json_verbatim = TRUE)
  path <- file.path(out_dir, paste0(name, ".json"))
  writeLines(text, path)  # one line plus a final newline
  cat(sprintf("%s: %d nodes, %d arcs, %d bytes\n", basename(path), n, nrow(arcs), file.size(path)))
  invisible(b)
}

# 1. The example of ?brokerage (sna 2.7-1): g <- rgraph(15); cl <- rep(1:3, 5), a 15-node random
#    digraph (tprob 0.5) with three groups of five, interleaved (1,2,3,1,2,3,...).
set.seed(1)
g <- rgraph(15)
cl <- rep(1:3, 5)
write_case("sna_doc_example", "set.seed(1); g <- rgraph(15); cl <- rep(1:3, 5)", g, cl)

# 2. A sparser digraph with four groups of unequal sizes, members shuffled.
set.seed(2)
g <- rgraph(30, tprob = 0.15)
cl <- sample(rep(1:4, times = c(5, 7, 8, 10)))
write_case("directed_30_4groups",
           "set.seed(2); g <- rgraph(30, tprob = 0.15); cl <- sample(rep(1:4, times = c(5, 7, 8, 10)))", g, cl)

# 3. An undirected graph (symmetric matrix, so every edge is two arcs) with two groups.
set.seed(3)
g <- rgraph(20, tprob = 0.25, mode = "graph")
cl <- sample(rep(1:2, times = c(8, 12)))
write_case("undirected_20_2groups",
           "set.seed(3); g <- rgraph(20, tprob = 0.25, mode = \"graph\"); cl <- sample(rep(1:2, times = c(8, 12)))",
           g, cl)

# 4. A hand-made digraph on nodes 0..4 (0-based here; R's rows are 1..5) with groups
#    A = {0, 1, 2} (group 1), B = {3} (group 2), C = {4} (group 3) and the arcs
#    0->1, 0->3, 1->2, 2->4, 3->0, 3->2, 4->2, 4->3.
#    sna counts, at broker j, every two-path i->j->k with i != k and no arc i->k:
#      0->1->2  (0->2 absent)  i,j,k all in A                 w_I  (coordinator)     at 1
#      0->3->2  (0->2 absent)  i,k in A, j in B               w_O  (itinerant)       at 3
#      1->2->4  (1->4 absent)  i,j in A, k in C               b_IO (representative)  at 2
#      3->0->1  (3->1 absent)  i in B, j,k in A               b_OI (gatekeeper)      at 0
#      2->4->3  (2->3 absent)  i in A, j in C, k in B         b_O  (liaison)         at 4
#      3->2->4  (3->4 absent)  i in B, j in A, k in C         b_O  (liaison)         at 2
#      4->3->0  (4->0 absent)  i in C, j in B, k in A         b_O  (liaison)         at 3
#    and no others: 4->3->2 is closed by the arc 4->2, and 0->3->0, 2->4->2, 4->2->4 have i == k.
#    Hand-computed raw counts per node, columns w_I w_O b_IO b_OI b_O t:
#      node 0: 0 0 0 1 0 1
#      node 1: 1 0 0 0 0 1
#      node 2: 0 0 1 0 1 2
#      node 3: 0 1 0 0 1 2
#      node 4: 0 0 0 0 1 1
arcs <- rbind(c(0, 1), c(0, 3), c(1, 2), c(2, 4), c(3, 0), c(3, 2), c(4, 2), c(4, 3))
g <- matrix(0, 5, 5)
g[arcs + 1] <- 1
cl <- c(1, 1, 1, 2, 3)
b <- write_case("hand_small", "hand-made, see generate_brokerage_fixtures.R", g, cl)
hand <- rbind(c(0, 0, 0, 1, 0, 1),
              c(1, 0, 0, 0, 0, 1),
              c(0, 0, 1, 0, 1, 2),
              c(0, 1, 0, 0, 1, 2),
              c(0, 0, 0, 0, 1, 1))
stopifnot(all(unname(b$raw.nli) == hand))
