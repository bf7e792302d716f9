#pragma once
// The output folder of a run (`-o DIR`) is replaced as a whole: every file of
// the run is written into a staging folder beside DIR, flushed to disk, and
// the two folders trade places in one rename. A reader of DIR, a crash or a
// `kill -9` at any moment sees either the previous complete set of outputs or
// the new one, never a new graph.ttl beside an old graph.nt.
//
//   out/                      the previous run's outputs (or nothing)
//   .out.newskg-stage.4711/   this run writes here; removed if it fails
//   -> commit(): syncfs, renameat2(RENAME_EXCHANGE), fsync of the parent,
//      the previous outputs (now under the staging name) are removed.
//
// Files in DIR that newskg did not write (a `.keep`, a user's notes) are
// carried into the new folder as hard links; newskg knows its own files from
// the manifest `.newskg-manifest` it leaves in DIR. A DIR holding folders it
// did not write, or the current folder itself, is refused: replacing it would
// move a user's work.
#include <string>
#include <string_view>
#include <vector>

#include "newskg/core/result.hpp"

namespace newskg::io {

class OutputFolder {
 public:
  // Creates the staging folder beside `dir` (DIR need not exist yet) after
  // removing the staging folders of earlier runs that were killed. Fails
  // (naming the folder) when DIR cannot be replaced as a whole.
  static core::Result<OutputFolder> begin(const std::string& dir);

  OutputFolder(OutputFolder&& other) noexcept;
  OutputFolder& operator=(OutputFolder&&) = delete;
  OutputFolder(const OutputFolder&) = delete;
  ~OutputFolder();  // not committed: the staging folder is removed, DIR is untouched

  // Where to write the output `name` ("graph.ttl", "d01_x.nt") in this run;
  // `name` is a plain file name (no '/', not "." or ".."): checked.
  std::string path(std::string_view name) const;
  const std::string& dir() const { return dir_; }
  const std::string& staging() const { return staging_; }

  // Outputs of the previous run that this run does not write again stay
  // (`build --into` keeps the per-article files of the articles added
  // before); by default the folder holds only this run's outputs.
  void keep_previous_outputs() { keep_previous_ = true; }

  // Makes the staged files DIR's content. After an error DIR is as it was.
  core::Status commit();

 private:
  OutputFolder(std::string dir, std::string staging) : dir_(std::move(dir)), staging_(std::move(staging)) {}
  std::string dir_;      // absolute, symlinks resolved
  std::string staging_;  // empty once committed or moved from
  bool keep_previous_ = false;
};

}  // namespace newskg::io
