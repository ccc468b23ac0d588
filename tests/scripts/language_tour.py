# Plain Python used by teaching code: data structures, formatting, functions, classes.
def summarize(name, *scores, precision=1, **extra):
    avg = sum(scores) / len(scores) if scores else 0.0
    tags = ", ".join(f"{k}={v!r}" for k, v in sorted(extra.items()))
    return f"{name:<8}|{avg:>8.{precision}f}|{len(scores):03d}|{tags}"


class Account:
    count = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        Account.count += 1

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        return self

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"


print(summarize("alice", 90, 85.5, 77, precision=2, team="red"))
print(summarize("bob"))
accounts = [Account("ann", 10).deposit(5), Account("ben")]
print(accounts, Account.count)
try:
    accounts[1].deposit(-1)
except ValueError as e:
    print("error:", e)
matrix = [[i * j for j in range(4)] for i in range(3)]
print(matrix, [row[-1] for row in matrix], list(zip(*matrix))[1])
words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top, max(words, key=len), sorted(set(words))[:4])
print(1e16, 2.5e-7, 1 / 7, 10 ** 15, -7 // 2, 7 % -3, round(0.125, 2), abs(-0.0))
print(f"{1234567.891:,.2f} {0.0314:.1%} {42:#x} {3:>4}|{'txt':^9}|")
n = 10
while n > 0:
    n -= 3
    if n == 4:
        continue
    print(n, end=" ")
print()
print(*range(3), sep=" < ")
