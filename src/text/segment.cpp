#include "newskg/core/span.hpp"
