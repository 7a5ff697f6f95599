#include "StallSampler.h"

#include <QFile>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>

#include <cxxabi.h>
#include <execinfo.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace lifeboat::bench {

namespace {

constexpr int kMaxFrames = 64;
constexpr int kKeptFrames = 40;
constexpr int kMaxSamplesPerStall = 20;
constexpr int kMaxSamples = 2000;

// Filled by the signal handler on the GUI thread, read by the watcher after `g_frames` is set.
void *g_stack[kMaxFrames];
std::atomic<int> g_frames{-1};

void onSample(int)
{
    const int saved = errno;
    g_frames.store(backtrace(g_stack, kMaxFrames), std::memory_order_release);
    errno = saved;
}

int sampleSignal()
{
    return SIGRTMIN + 7;
}

QString syscallName(long nr)
{
#if defined(__x86_64__)
    switch (nr) {
    case 0: return QStringLiteral("read");
    case 1: return QStringLiteral("write");
    case 2: return QStringLiteral("open");
    case 3: return QStringLiteral("close");
    case 4: return QStringLiteral("stat");
    case 5: return QStringLiteral("fstat");
    case 6: return QStringLiteral("lstat");
    case 7: return QStringLiteral("poll");
    case 8: return QStringLiteral("lseek");
    case 9: return QStringLiteral("mmap");
    case 16: return QStringLiteral("ioctl");
    case 17: return QStringLiteral("pread64");
    case 20: return QStringLiteral("writev");
    case 21: return QStringLiteral("access");
    case 23: return QStringLiteral("select");
    case 35: return QStringLiteral("nanosleep");
    case 44: return QStringLiteral("sendto");
    case 45: return QStringLiteral("recvfrom");
    case 46: return QStringLiteral("sendmsg");
    case 47: return QStringLiteral("recvmsg");
    case 72: return QStringLiteral("fcntl");
    case 74: return QStringLiteral("fsync");
    case 82: return QStringLiteral("rename");
    case 87: return QStringLiteral("unlink");
    case 202: return QStringLiteral("futex");
    case 217: return QStringLiteral("getdents64");
    case 230: return QStringLiteral("clock_nanosleep");
    case 232: return QStringLiteral("epoll_wait");
    case 257: return QStringLiteral("openat");
    case 262: return QStringLiteral("newfstatat");
    case 270: return QStringLiteral("pselect6");
    case 271: return QStringLiteral("ppoll");
    case 281: return QStringLiteral("epoll_pwait");
    case 332: return QStringLiteral("statx");
    default: break;
    }
#endif
    return QStringLiteral("syscall %1").arg(nr);
}

// "/usr/lib/libQt6Widgets.so.6(_ZN7QWidget6repaintEv+0x2a) [0x7f...]" -> "QWidget::repaint() (libQt6Widgets.so.6)"
QString frameName(const char *symbol)
{
    const QString text = QString::fromLocal8Bit(symbol);
    const qsizetype open = text.indexOf(QLatin1Char('('));
    const qsizetype plus = open < 0 ? -1 : text.indexOf(QLatin1Char('+'), open);
    const qsizetype close = open < 0 ? -1 : text.indexOf(QLatin1Char(')'), open);
    const QString file = (open < 0 ? text.section(QLatin1Char(' '), 0, 0) : text.left(open)).section(QLatin1Char('/'), -1);
    if (open < 0 || close < 0)
        return text;
    const QString mangled = text.mid(open + 1, (plus > open && plus < close ? plus : close) - open - 1);
    if (mangled.isEmpty())
        return file + text.mid(plus >= 0 && plus < close ? plus : close, close - (plus >= 0 && plus < close ? plus : close));
    int status = 0;
    char *demangled = abi::__cxa_demangle(mangled.toLatin1().constData(), nullptr, nullptr, &status);
    QString name = status == 0 && demangled ? QString::fromLatin1(demangled) : mangled;
    std::free(demangled);
    return name + QStringLiteral(" (") + file + QLatin1Char(')');
}

} // namespace

StallSampler::StallSampler(std::function<qint64()> nowUs, bool stacks)
    : m_nowUs(std::move(nowUs)), m_stacks(stacks), m_tid(pid_t(::syscall(SYS_gettid))), m_thread(pthread_self())
{
    if (m_stacks) {
        // backtrace() loads the unwinder on first use: not in a signal handler.
        void *warm[4];
        backtrace(warm, 4);
        struct sigaction action = {};
        action.sa_handler = onSample;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(sampleSignal(), &action, nullptr);
    }
}

StallSampler::~StallSampler()
{
    stop();
}

void StallSampler::start(qint64 thresholdUs, qint64 everyUs)
{
    m_thresholdUs = thresholdUs;
    m_everyUs = everyUs;
    m_beatUs.store(m_nowUs());
    m_watcher = std::thread([this] { loop(); });
}

void StallSampler::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_watcher.joinable())
        m_watcher.join();
}

std::vector<StallSampler::Sample> StallSampler::take(qint64 sinceUs)
{
    std::lock_guard lock(m_mutex);
    std::vector<Sample> out;
    for (Sample &s : m_samples) {
        if (s.atUs >= sinceUs)
            out.push_back(std::move(s));
    }
    m_samples.clear();
    return out;
}

void StallSampler::loop()
{
    qint64 beatSeen = -1;
    int thisStall = 0;
    qint64 lastSampleUs = 0;
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        m_wake.wait_for(lock, std::chrono::milliseconds(5), [this] { return m_stopping; });
        if (m_stopping)
            break;
        const qint64 beat = m_beatUs.load(std::memory_order_relaxed);
        const qint64 now = m_nowUs();
        if (beat != beatSeen) {
            beatSeen = beat;
            thisStall = 0;
        }
        if (now - beat < m_thresholdUs || thisStall >= kMaxSamplesPerStall || m_taken >= kMaxSamples
            || now - lastSampleUs < m_everyUs)
            continue;
        lock.unlock();
        Sample s = sample(now, now - beat);
        lock.lock();
        if (m_beatUs.load(std::memory_order_relaxed) != beat)
            continue; // the GUI thread moved on meanwhile: the sample may be of its next event
        m_samples.push_back(std::move(s));
        ++thisStall;
        ++m_taken;
        lastSampleUs = now;
    }
}

StallSampler::Sample StallSampler::sample(qint64 now, qint64 late)
{
    Sample s;
    s.atUs = now;
    s.lateUs = late;
    const QString task = QStringLiteral("/proc/self/task/%1/").arg(m_tid);
    QFile stat(task + QStringLiteral("stat"));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray text = stat.readAll();
        const qsizetype close = text.lastIndexOf(')');
        if (close >= 0 && close + 2 < text.size())
            s.state = text.at(close + 2);
    }
    QFile call(task + QStringLiteral("syscall"));
    if (call.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> parts = call.readAll().trimmed().split(' ');
        bool ok = false;
        const long nr = parts.value(0).toLong(&ok);
        if (!ok)
            s.syscall = QString::fromLatin1(parts.value(0)); // "running"
        else if (nr < 0)
            s.syscall = QStringLiteral("in kernel, no call");
        else {
            s.syscall = syscallName(nr);
#if defined(__x86_64__)
            if (nr == 7 && parts.size() > 3) // poll(fds, nfds, timeout)
                s.syscall += QStringLiteral("(nfds=%1, timeout=%2)")
                                 .arg(parts.at(2).toLongLong(nullptr, 16))
                                 .arg(int(parts.at(3).toLongLong(nullptr, 16)));
#endif
        }
    }
    // Last: the signal interrupts the call the thread is in.
    if (m_stacks)
        s.stack = stack();
    return s;
}

QStringList StallSampler::stack()
{
    g_frames.store(-1);
    if (pthread_kill(m_thread, sampleSignal()) != 0)
        return {};
    // The handler runs as soon as the GUI thread is scheduled; give it 20 ms.
    for (int i = 0; i < 200 && g_frames.load(std::memory_order_acquire) < 0; ++i)
        std::this_thread::sleep_for(std::chrono::microseconds(100));
    const int n = g_frames.load(std::memory_order_acquire);
    if (n <= 0)
        return {QStringLiteral("(no stack: the GUI thread did not run the sampling signal within 20 ms)")};
    char **symbols = backtrace_symbols(g_stack, n);
    QStringList frames;
    // Frame 0 is the handler, frame 1 the kernel's signal trampoline.
    for (int i = 2; symbols && i < n && frames.size() < kKeptFrames; ++i)
        frames << frameName(symbols[i]);
    std::free(symbols);
    return frames;
}

} // namespace lifeboat::bench
