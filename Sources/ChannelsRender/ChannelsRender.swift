// Rendering arrives with the diagrams issue.
