"""Body weight: the Hall dynamic model and projections, the weight trend, adaptive expenditure
and the energy cost of a training session."""
