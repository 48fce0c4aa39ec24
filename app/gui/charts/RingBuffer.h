// A fixed-capacity ring buffer: pushing past capacity overwrites the oldest element, so the
// memory of a live series is set once and stays flat however long the lab runs.
#pragma once

#include <cstddef>
#include <vector>

namespace swarmlab {

template <class T>
class RingBuffer {
 public:
  explicit RingBuffer(std::size_t capacity = 1024) : m_data(capacity ? capacity : 1) {}

  void push(const T& v) {
    m_data[(m_start + m_count) % m_data.size()] = v;
    if (m_count < m_data.size())
      ++m_count;
    else
      m_start = (m_start + 1) % m_data.size();
  }
  /// i = 0 is the oldest element.
  const T& at(std::size_t i) const { return m_data[(m_start + i) % m_data.size()]; }
  const T& back() const { return at(m_count - 1); }
  std::size_t size() const { return m_count; }
  bool empty() const { return m_count == 0; }
  std::size_t capacity() const { return m_data.size(); }
  /// Bytes held by the storage (constant for the life of the buffer).
  std::size_t storageBytes() const { return m_data.capacity() * sizeof(T); }
  void clear() { m_start = m_count = 0; }

 private:
  std::vector<T> m_data;
  std::size_t m_start = 0;
  std::size_t m_count = 0;
};

}  // namespace swarmlab
