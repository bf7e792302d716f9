#pragma once
// Bad input and I/O failures are values, not exceptions: a Result<T> holds
// either a T or an Error naming the file (and line) it came from. Only
// src/cli/main.cpp turns errors into exit codes.
#include <string>
#include <utility>
#include <variant>

namespace newskg::core {

struct Error {
  std::string file;
  int line = 0;  // 1-based; 0 when there is no line
  std::string message;

  // "path:12: message" or "path: message"
  std::string to_string() const {
    std::string out = file.empty() ? std::string("<input>") : file;
    if (line > 0) {
      out += ':';
      out += std::to_string(line);
    }
    out += ": ";
    out += message;
    return out;
  }
};

template <class T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Error error) : v_(std::move(error)) {}      // NOLINT
  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() { return std::get<0>(v_); }
  const T& value() const { return std::get<0>(v_); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

// A Result with no value: success, or an Error.
class Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)), ok_(false) {}  // NOLINT
  static Status success() { return {}; }
  bool ok() const { return ok_; }
  explicit operator bool() const { return ok_; }
  const Error& error() const { return error_; }

 private:
  Error error_;
  bool ok_ = true;
};

}  // namespace newskg::core
