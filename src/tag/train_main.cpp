// newskg-train: retrains the taggers in schema/models from the data in ../shared.
//
//   build/newskg-train                        # the shipped models (reads ../shared, writes
//   schema/models) build/newskg-train --max-articles 20 --out /tmp/m --clusters
//   schema/models/clusters.tsv
#include <CLI/CLI.hpp>
#include <iostream>

#include "newskg/tag/tagger.hpp"
#include "newskg/tag/train.hpp"

int main(int argc, char** argv) {
  namespace tag = newskg::tag;
  tag::TrainConfig config;
  config.shared_dir = NEWSKG_SOURCE_DIR "/../shared";
  config.shared_label = "../shared";
  config.out_dir = NEWSKG_SOURCE_DIR "/schema/models";
  config.lexicon_dir = NEWSKG_SOURCE_DIR "/schema/lexicon";
  std::string clusters_file;
  bool no_clusters = false, no_eval = false;
  std::string labels = "IO";

  CLI::App app{"newskg-train: train the part-of-speech and entity taggers on PolNeAR train silver"};
  app.add_option("--shared", config.shared_dir,
                 "the shared data folder (corpus/polnear/silver/...)");
  app.add_option("--out", config.out_dir, "model folder to write");
  app.add_option("--lexicons", config.lexicon_dir,
                 "lexicon folder (abbreviations for the segmenter)");
  app.add_option("--max-articles", config.max_articles, "train on the first N train articles only");
  app.add_option("--pos-epochs", config.train.pos_epochs, "POS training epochs");
  app.add_option("--ner-epochs", config.train.ner_epochs, "entity training epochs");
  app.add_option("--seed", config.train.seed, "shuffle seed");
  app.add_option("--min-count", config.train.min_count, "drop static features seen fewer times");
  app.add_option("--labels", labels, "entity label scheme: IO, BIO or BILOU")
      ->check(CLI::IsMember({"IO", "BIO", "BILOU"}));
  app.add_option("--clusters", clusters_file, "use this clusters file instead of computing them");
  app.add_flag("--no-clusters", no_clusters, "no word clusters");
  app.add_option("--brown-clusters", config.brown.clusters, "Brown clustering window size");
  app.add_option("--brown-min-count", config.brown.min_count,
                 "words clustered: seen at least N times");
  app.add_flag("--no-eval", no_eval, "do not measure on PolNeAR dev");
  std::string tables_file, models_dir = NEWSKG_SOURCE_DIR "/schema/models";
  app.add_option("--write-tables", tables_file,
                 "only write the tagger's precomputed tables for --models to this file (the "
                 "build does this; a later load of the same models reads it instead of "
                 "computing them)");
  app.add_option("--models", models_dir, "model folder whose tables --write-tables writes");
  auto* shared = app.get_option("--shared");
  try {
    app.parse(argc, argv);
    if (shared->count() > 0) config.shared_label.clear();
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  if (!tables_file.empty()) {
    auto tagger = tag::Tagger::load(models_dir, {});
    newskg::core::Status status =
        tagger ? tagger->save_tables(tables_file) : newskg::core::Status(tagger.error());
    if (!status) {
      std::cerr << "newskg-train: " << status.error().to_string() << "\n";
      return 1;
    }
    return 0;
  }
  config.train.scheme = labels == "IO"    ? tag::LabelScheme::IO
                        : labels == "BIO" ? tag::LabelScheme::BIO
                                          : tag::LabelScheme::BILOU;
  config.evaluate = !no_eval;
  if (no_clusters) {
    config.clusters = tag::TrainConfig::Clusters::None;
  } else if (!clusters_file.empty()) {
    config.clusters = tag::TrainConfig::Clusters::File;
    config.clusters_file = clusters_file;
  }
  config.command = "newskg-train";
  for (int i = 1; i < argc; ++i) config.command += std::string(" ") + argv[i];

  auto status = tag::run_training(config, std::cout);
  if (!status) {
    std::cerr << "newskg-train: " << status.error().to_string() << "\n";
    return 1;
  }
  return 0;
}
