// The training command as a library call: data in ../shared -> schema/models.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <ostream>

#include "newskg/tag/train.hpp"
#include "newskg/text/segment.hpp"

namespace newskg::tag {
namespace {

namespace fs = std::filesystem;

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

std::string fixed(double v, int digits = 1) {
  char b[32];
  std::snprintf(b, sizeof b, "%.*f", digits, v);
  return b;
}

// schema/lexicon/abbreviations.tsv: the tokens newskg's segmenter keeps whole.
core::Status load_abbreviations(const std::string& lexicon_dir, std::vector<std::string>& rows,
                                std::unordered_set<std::string_view>& set) {
  const std::string path = (fs::path(lexicon_dir) / "abbreviations.tsv").string();
  auto data = read_file(path);
  if (!data) return data.error();
  size_t pos = 0;
  while (pos < data->size()) {
    size_t eol = data->find('\n', pos);
    if (eol == std::string::npos) eol = data->size();
    std::string_view line = std::string_view(*data).substr(pos, eol - pos);
    pos = eol + 1;
    if (line.empty() || line[0] == '#') continue;
    rows.emplace_back(line.substr(0, line.find('\t')));
  }
  for (const auto& r : rows) set.insert(r);
  return core::Status::success();
}

}  // namespace

void lower_form(std::string_view form, std::string& out) {
  out.clear();
  for (char c : form) {
    if (c >= 'A' && c <= 'Z')
      c = static_cast<char>(c - 'A' + 'a');
    else if (c >= '0' && c <= '9')
      c = '0';
    out += c;
  }
}

std::vector<std::string_view> unlabelled_words(
    const std::vector<std::string>& dirs, const std::unordered_set<std::string_view>* abbreviations,
    std::string& storage, size_t& files) {
  std::vector<fs::path> paths;
  for (const auto& d : dirs) {
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(d, ec); !ec && it != fs::end(it);
         it.increment(ec))
      if (it->is_regular_file() && it->path().extension() == ".txt") paths.push_back(it->path());
  }
  std::sort(paths.begin(), paths.end());
  files = paths.size();
  text::SegmentOptions opt;
  opt.abbreviations = abbreviations;
  // Offsets first (storage grows), views at the end.
  std::vector<std::pair<uint32_t, uint32_t>> spans;
  PtbPieces pieces;
  for (const auto& p : paths) {
    auto data = read_file(p.string());
    if (!data) continue;
    const text::Segmented seg = text::segment(*data, opt);
    for (const auto& s : seg.sentences) {
      for (uint32_t t = s.first; t < s.last; ++t) {
        const text::Token& tok = seg.tokens[t];
        ptb_pieces(tok.span.of(*data), tok.kind, tok.single_mark, pieces);
        for (int k = 0; k < pieces.count; ++k) {
          const std::string_view form = pieces.piece[k].substr(0, kMaxWordBytes);
          spans.emplace_back(static_cast<uint32_t>(storage.size()),
                             static_cast<uint32_t>(form.size()));
          storage += form;
        }
      }
      spans.emplace_back(0, 0);  // sentence break
    }
  }
  std::vector<std::string_view> words;
  words.reserve(spans.size());
  for (auto [b, n] : spans)
    words.push_back(n ? std::string_view(storage).substr(b, n) : std::string_view());
  return words;
}

core::Status run_training(const TrainConfig& config, std::ostream& log) {
  const auto t_start = std::chrono::steady_clock::now();
  const fs::path shared(config.shared_dir);
  const std::string train_dir = (shared / "corpus/polnear/silver/train").string();
  const std::string dev_dir = (shared / "corpus/polnear/silver/dev").string();
  // Paths as the headers show them: under the shared folder's label.
  const std::string label = config.shared_label.empty() ? config.shared_dir : config.shared_label;
  auto shown = [&](const std::string& path) {
    return path.rfind(config.shared_dir, 0) == 0 ? label + path.substr(config.shared_dir.size())
                                                 : path;
  };

  std::vector<std::string> abbrev_rows;
  std::unordered_set<std::string_view> abbreviations;
  if (auto st = load_abbreviations(config.lexicon_dir, abbrev_rows, abbreviations); !st) return st;

  auto train = SilverCorpus::read_dir(train_dir, config.max_articles);
  if (!train) return train.error();
  const std::string data_line = "PolNeAR train silver (CoreNLP), " + shown(train_dir) + ": " +
                                std::to_string(train->articles.size()) + " articles, " +
                                std::to_string(train->sentences.size()) + " sentences, " +
                                std::to_string(train->tokens.size()) + " tokens";
  log << "train: " << data_line << "\n";

  // Unlabelled text: word clusters and the tagger's vocabulary.
  const std::vector<std::string> dirs = {(shared / "corpus/bbc").string(),
                                         (shared / "corpus/polnear/train/text").string()};
  std::string storage;
  size_t files = 0;
  const auto t_unlabelled = std::chrono::steady_clock::now();
  const std::vector<std::string_view> unlabelled =
      unlabelled_words(dirs, &abbreviations, storage, files);
  const std::string unlabelled_line = "every .txt under " + shown(dirs[0]) + " and " +
                                      shown(dirs[1]) + " (" + std::to_string(files) + " files, " +
                                      std::to_string(unlabelled.size()) + " words)";
  log << "unlabelled: " << unlabelled_line << ", read in " << fixed(seconds_since(t_unlabelled))
      << " s\n";

  std::shared_ptr<const WordClusters> clusters;
  ModelHeader clusters_header;
  if (config.clusters == TrainConfig::Clusters::File) {
    auto c = WordClusters::load(config.clusters_file, &clusters_header);
    if (!c) return c.error();
    clusters = std::make_shared<const WordClusters>(std::move(*c));
    log << "clusters: " << clusters->size() << " words from " << config.clusters_file << "\n";
  } else if (config.clusters == TrainConfig::Clusters::Compute) {
    const auto t0 = std::chrono::steady_clock::now();
    // Clusters are of lower-case forms (WordInfo::lower).
    std::string lower_storage, lower;
    std::vector<std::pair<uint32_t, uint32_t>> spans;
    for (std::string_view w : unlabelled) {
      lower_form(w, lower);
      spans.emplace_back(static_cast<uint32_t>(lower_storage.size()),
                         static_cast<uint32_t>(lower.size()));
      lower_storage += lower;
    }
    std::vector<std::string_view> lowered;
    lowered.reserve(spans.size());
    for (auto [b, n] : spans) lowered.push_back(std::string_view(lower_storage).substr(b, n));
    clusters = std::make_shared<const WordClusters>(brown_clusters(lowered, config.brown));
    clusters_header.set("data", "unlabelled text, " + unlabelled_line);
    clusters_header.set("command", config.command);
    clusters_header.set("method", "Brown clustering of lower-case words (digits as 0), " +
                                      std::to_string(config.brown.clusters) +
                                      " active clusters, words seen >= " +
                                      std::to_string(config.brown.min_count) + " times");
    clusters_header.set("heldout", "none (unsupervised); see pos.model and ner.model");
    log << "clusters: " << clusters->size() << " words in " << fixed(seconds_since(t0)) << " s\n";
  }

  // Models.
  const auto t_train = std::chrono::steady_clock::now();
  TrainOptions options = config.train;
  options.log = &log;
  options.unlabelled = &unlabelled;
  TrainedModels models = train_models(*train, clusters, options);
  const double train_seconds = seconds_since(t_train);
  log << "trained in " << fixed(train_seconds) << " s\n";

  auto tagger = Tagger::create(models.pos, models.ner, clusters);
  if (!tagger) return tagger.error();
  std::string heldout = "not measured";
  std::string heldout_newskg = "not measured";
  if (config.evaluate) {
    auto dev = SilverCorpus::read_dir(dev_dir);
    if (!dev) return dev.error();
    const std::string dev_line = "PolNeAR dev silver, " + shown(dev_dir) + ": " +
                                 std::to_string(dev->articles.size()) + " articles, " +
                                 std::to_string(dev->tokens.size()) + " tokens";
    const Evaluation ev = evaluate_silver(*tagger, *dev);
    log << "held out: " << dev_line << ", silver tokenization\n" << ev.report();
    heldout = dev_line + ", silver tokenization: " + ev.summary();
    auto aligned = evaluate_aligned(*tagger, *dev, (shared / "corpus/polnear/dev/text").string(),
                                    &abbreviations);
    if (!aligned) return aligned.error();
    log << "held out: the same articles through text::segment (newskg tokenization)\n"
        << aligned->report();
    heldout_newskg = "the same articles through text::segment: " + aligned->summary() + "; " +
                     fixed(100.0 * aligned->tokens / std::max<size_t>(1, aligned->silver_tokens)) +
                     "% of silver tokens aligned 1:1";
  }

  std::error_code ec;
  fs::create_directories(config.out_dir, ec);
  if (ec) return core::Error{config.out_dir, 0, "cannot create folder: " + ec.message()};
  const std::string fingerprint = clusters ? clusters->fingerprint() : "none";
  if (clusters) {
    // The models name these clusters by fingerprint; they travel together.
    if (auto st = clusters->save((fs::path(config.out_dir) / Tagger::kClustersFile).string(),
                                 clusters_header);
        !st)
      return st;
  }
  auto header = [&](const std::string& kind, const LinearModel& m, int epochs) {
    ModelHeader h;
    h.set("kind", kind);
    h.set("data", data_line);
    h.set("command", config.command);
    h.set("training",
          "averaged perceptron, greedy left to right, " + std::to_string(epochs) +
              " epochs, seed " + std::to_string(options.seed) +
              ", static features seen >= " + std::to_string(options.min_count) + " times" +
              (kind == "ner" ? ", labels " + std::string(label_scheme_name(options.scheme)) : ""));
    h.set("clusters", fingerprint);
    if (kind == "pos")
      h.set("vocabulary", std::to_string(m.vocabulary().size()) +
                              " words: training words seen >= 2 times, then words of the "
                              "unlabelled text seen >= " +
                              std::to_string(options.unlabelled_min_count) + " times");
    h.set("classes", std::to_string(m.num_classes()));
    h.set("features", std::to_string(m.num_features()));
    h.set("heldout", heldout);
    h.set("heldout-newskg-tokens", heldout_newskg);
    return h;
  };
  if (auto st = models.pos.save((fs::path(config.out_dir) / Tagger::kPosFile).string(),
                                header("pos", models.pos, options.pos_epochs));
      !st)
    return st;
  if (auto st = models.ner.save((fs::path(config.out_dir) / Tagger::kNerFile).string(),
                                header("ner", models.ner, options.ner_epochs));
      !st)
    return st;
  log << "wrote " << config.out_dir << " in " << fixed(seconds_since(t_start)) << " s total\n";
  return core::Status::success();
}

}  // namespace newskg::tag
