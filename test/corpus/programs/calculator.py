"""A tokenizer and a recursive-descent calculator with variables and error reporting."""
import math

TOKEN_KINDS = {"+": "PLUS", "-": "MINUS", "*": "STAR", "/": "SLASH", "^": "CARET",
               "(": "LPAREN", ")": "RPAREN", "=": "ASSIGN", ",": "COMMA", "%": "PERCENT"}


class CalcError(Exception):
    def __init__(self, message, position):
        super().__init__(f"{message} at position {position}")
        self.position = position


class Token:
    __slots__ = ("kind", "text", "pos")

    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos

    def __repr__(self):
        return f"Token({self.kind}, {self.text!r})"


def tokenize(source):
    tokens, i = [], 0
    while i < len(source):
        ch = source[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(source) and (source[i].isdigit() or source[i] == "."):
                i += 1
            text = source[start:i]
            if text.count(".") > 1:
                raise CalcError(f"bad number {text!r}", start)
            tokens.append(Token("NUMBER", text, start))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(source) and (source[i].isalnum() or source[i] == "_"):
                i += 1
            tokens.append(Token("NAME", source[start:i], start))
        elif ch in TOKEN_KINDS:
            tokens.append(Token(TOKEN_KINDS[ch], ch, i))
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r}", i)
    tokens.append(Token("EOF", "", len(source)))
    return tokens


FUNCTIONS = {"sqrt": math.sqrt, "abs": abs, "max": max, "min": min, "round": round}


class Parser:
    def __init__(self, tokens, env):
        self.tokens, self.pos, self.env = tokens, 0, env

    def peek(self):
        return self.tokens[self.pos]

    def advance(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, kind):
        tok = self.advance()
        if tok.kind != kind:
            raise CalcError(f"expected {kind}, got {tok.kind}", tok.pos)
        return tok

    def statement(self):
        if self.peek().kind == "NAME" and self.tokens[self.pos + 1].kind == "ASSIGN":
            name = self.advance().text
            self.advance()
            value = self.expression()
            self.env[name] = value
        else:
            value = self.expression()
        self.expect("EOF")
        return value

    def expression(self):
        value = self.term()
        while self.peek().kind in ("PLUS", "MINUS"):
            op = self.advance().kind
            rhs = self.term()
            value = value + rhs if op == "PLUS" else value - rhs
        return value

    def term(self):
        value = self.unary()
        while self.peek().kind in ("STAR", "SLASH", "PERCENT"):
            tok = self.advance()
            rhs = self.unary()
            if tok.kind == "STAR":
                value *= rhs
            elif rhs == 0:
                raise CalcError("division by zero", tok.pos)
            elif tok.kind == "SLASH":
                value /= rhs
            else:
                value %= rhs
        return value

    def unary(self):
        if self.peek().kind == "MINUS":
            self.advance()
            return -self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek().kind == "CARET":
            self.advance()
            return base ** self.unary()
        return base

    def atom(self):
        tok = self.advance()
        match tok.kind:
            case "NUMBER":
                return float(tok.text) if "." in tok.text else int(tok.text)
            case "LPAREN":
                value = self.expression()
                self.expect("RPAREN")
                return value
            case "NAME" if self.peek().kind == "LPAREN":
                self.advance()
                args = [self.expression()]
                while self.peek().kind == "COMMA":
                    self.advance()
                    args.append(self.expression())
                self.expect("RPAREN")
                try:
                    return FUNCTIONS[tok.text](*args)
                except KeyError:
                    raise CalcError(f"unknown function {tok.text}", tok.pos) from None
            case "NAME":
                if tok.text not in self.env:
                    raise CalcError(f"undefined variable {tok.text}", tok.pos)
                return self.env[tok.text]
            case _:
                raise CalcError(f"unexpected {tok.kind}", tok.pos)


print(tokenize("x = 3.5 * (y + 2)"))
env = {"pi": math.pi, "e": math.e}
LINES = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ^ 3 ^ 2",
    "-2 ^ 2",
    "x = 10",
    "y = x / 4",
    "x % 3 + y",
    "sqrt(16) + max(1, 7, 3)",
    "round(pi * 100) / 100",
    "1 / (x - 10)",
    "2 * (3 + 4",
    "foo(1)",
    "z + 1",
    "3 $ 4",
    "1.2.3",
    "7 7",
    "abs(-x) * -1",
]
for line in LINES:
    try:
        result = Parser(tokenize(line), env).statement()
    except CalcError as err:
        print(f"{line:<26} error: {err} (pos {err.position})")
    else:
        print(f"{line:<26} = {result!r}")
print(sorted(k for k in env if k not in ("pi", "e")), env["y"])
