# Writes src/main/resources/exercises/<id>.svg, the drawings of the built-in exercises.
# Edit a pose here, run `python3 src/build/exercise_drawings.py`, then look at the result
# (ExercisePromptShots renders every prompt to PNG).
import math, os, sys
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'main', 'resources', 'exercises')
ACCENT = '#D9652B'

def head_arrow(x1, y1, x2, y2, size=5):
    """arrowhead at (x2,y2) pointing along (x1,y1)->(x2,y2)."""
    a = math.atan2(y2 - y1, x2 - x1)
    p1 = (x2 - size * math.cos(a - 0.5), y2 - size * math.sin(a - 0.5))
    p2 = (x2 - size * math.cos(a + 0.5), y2 - size * math.sin(a + 0.5))
    return f'<path class="a" d="M{p1[0]:.1f},{p1[1]:.1f} L{x2:.1f},{y2:.1f} L{p2[0]:.1f},{p2[1]:.1f}"/>'

def arrow(x1, y1, x2, y2):
    return f'<path class="a" d="M{x1},{y1} L{x2},{y2}"/>' + head_arrow(x1, y1, x2, y2)

def curved(d, tx, ty, x2, y2):
    """a path ending at (x2,y2) whose last tangent comes from (tx,ty)."""
    return f'<path class="a" d="{d}"/>' + head_arrow(tx, ty, x2, y2)

def svg(id_, title, desc, start, end):
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<!-- Unknot exercise drawing: {id_}. Left: where you start; right: where you end.
     The figure is drawn in currentColor (Unknot sets it to the window's text colour); the
     accent marks the movement. -->
<svg xmlns="http://www.w3.org/2000/svg" width="240" height="120" viewBox="0 0 240 120" color="#22272B">
  <title>{title}</title>
  <desc>{desc}</desc>
  <style>
    .f {{ fill: none; stroke: currentColor; stroke-width: 3.5; stroke-linecap: round; stroke-linejoin: round; }}
    .p {{ fill: none; stroke: currentColor; stroke-opacity: 0.45; stroke-width: 2; stroke-linecap: round; stroke-linejoin: round; }}
    .g {{ fill: none; stroke: currentColor; stroke-opacity: 0.35; stroke-width: 2; stroke-dasharray: 3 3; stroke-linecap: round; }}
    .a {{ fill: none; stroke: {ACCENT}; stroke-width: 2.5; stroke-linecap: round; stroke-linejoin: round; }}
    .s {{ fill: {ACCENT}; fill-opacity: 0.3; stroke: {ACCENT}; stroke-width: 2; }}
    .d {{ fill: currentColor; stroke: none; }}
  </style>
  <g id="start">
{start}
  </g>
  <path class="p" d="M112,60 L126,60 M121,55 L126,60 L121,65"/>
  <g id="end" transform="translate(130,0)">
{end}
  </g>
</svg>
'''

def chair(x=28, seat=92):
    return f'<path class="p" d="M{x},{seat-40} L{x},{seat} L{x+34},{seat} M{x+2},{seat} L{x+2},116 M{x+32},{seat} L{x+32},116"/>'

def seated_body(hip=(38, 88), shoulder=(40, 50)):
    hx, hy = hip; sx, sy = shoulder
    return (f'<path class="f" d="M{sx},{sy} L{hx},{hy} L{hx+30},{hy} L{hx+32},{hy+26} L{hx+40},{hy+26}"/>'
            f'<path class="f" d="M{sx},{sy+2} L{sx+4},{sy+22} L{sx+22},{sy+28}"/>')

def side_head(cx, cy, r=9, facing=1, tilt=0):
    """a head seen from the side with a nose on the facing side; tilt in degrees (down positive)."""
    return (f'<g transform="rotate({tilt * facing},{cx},{cy})"><circle class="f" cx="{cx}" cy="{cy}" r="{r}"/>'
            f'<path class="f" d="M{cx + facing * r},{cy - 2} L{cx + facing * (r + 4)},{cy + 3} L{cx + facing * r},{cy + 4}"/>'
            f'<circle class="d" cx="{cx + facing * (r - 4)}" cy="{cy - 2}" r="1.6"/></g>')

drawings = {}

# --- chin tuck: side view, seated; the head glides straight back over the shoulders -------------
start = '\n'.join([
    chair(), seated_body(),
    '<path class="f" d="M40,50 L50,40"/>', side_head(56, 30),
    '<path class="g" d="M66,28 L104,28"/>',
])
end = '\n'.join([
    chair(), seated_body(),
    '<circle class="g" cx="56" cy="30" r="9"/>',
    '<path class="f" d="M40,50 L41,38"/>', side_head(43, 28),
    '<path class="g" d="M53,28 L104,28"/>',
    arrow(80, 14, 62, 14),
])
drawings['chin-tuck'] = ('Chin tuck, seen from the side',
    'Sitting tall: the head starts pushed forward, then glides straight back, level, until it sits over the shoulders.', start, end)

# --- shoulder-blade squeeze: back view; the blades move towards the spine, shoulders stay level --
def back(blades_in, arrows):
    d = blades_in
    parts = [
        '<circle class="f" cx="55" cy="18" r="10"/>',
        '<path class="f" d="M55,28 L55,34"/>',
        '<path class="f" d="M30,46 Q55,34 80,46 L76,106 M30,46 L34,106"/>',
        '<path class="g" d="M55,38 L55,104"/>',
        f'<path class="f" d="M30,46 L{22 + d / 2},{78} L{25 + d / 2},{104}"/>',
        f'<path class="f" d="M80,46 L{88 - d / 2},{78} L{85 - d / 2},{104}"/>',
        f'<path class="s" d="M{36 + d},48 L{50 + d / 2},50 L{43 + d},76 Z"/>',
        f'<path class="s" d="M{74 - d},48 L{60 - d / 2},50 L{67 - d},76 Z"/>',
        '<path class="g" d="M14,46 L96,46"/>',
    ]
    if arrows:
        parts += [arrow(36, 88, 46, 88), arrow(74, 88, 64, 88)]
    return '\n'.join(parts)
drawings['shoulder-blade-squeeze'] = ('Shoulder-blade squeeze, seen from behind',
    'Arms relaxed at the sides; the shoulder blades squeeze together towards the spine while the shoulders stay level, not shrugged.',
    back(0, False), back(5, True))

# --- chest stretch: seen from behind; hand on the wall at shoulder height, the body turns away ----
def wall_right(x=92):
    return f'<path class="p" d="M{x},6 L{x},114 M{x},14 L{x+8},8 M{x},30 L{x+8},24 M{x},46 L{x+8},40 M{x},62 L{x+8},56 M{x},78 L{x+8},72 M{x},94 L{x+8},88 M{x},110 L{x+8},104"/><path class="p" d="M4,114 L{x},114"/>'
def from_behind(turned):
    # Turning away from the wall narrows the shoulders and hips as seen from behind, and shows
    # the nose on the side the face now points to.
    half = 12 if turned else 17
    hip = 9 if turned else 12
    cx = 40
    parts = [wall_right(),
             f'<circle class="f" cx="{cx}" cy="18" r="10"/>',
             f'<path class="f" d="M{cx},28 L{cx},33"/>',
             f'<path class="f" d="M{cx - half},40 Q{cx},34 {cx + half},40 L{cx + hip},80 L{cx - hip},80 Z"/>',
             f'<path class="f" d="M{cx - hip + 4},80 L{cx - hip + 2},113 M{cx + hip - 4},80 L{cx + hip - 2},113"/>',
             f'<path class="f" d="M{cx - half},41 L{cx - half - 4},64 L{cx - half - 3},84"/>',
             f'<path class="f" d="M{cx + half},41 L90,40"/>',
             '<circle class="d" cx="90" cy="40" r="3"/>']
    if turned:
        parts.append(f'<path class="f" d="M{cx - 10},16 L{cx - 14},21 L{cx - 10},23"/>')
        parts.append(curved(f'M{cx + 14},56 Q{cx},66 {cx - 16},56', cx - 8, 62, cx - 16, 56))
    return '\n'.join(parts)
drawings['chest-stretch'] = ('Chest stretch, seen from behind',
    'One hand on a wall or door frame at shoulder height, arm nearly straight; the body then turns away from that hand until the chest stretches.',
    from_behind(False), from_behind(True))

# --- switch mouse hand: the desk from above; the mouse moves to the other side -----------------
def hand(x, y, arm_dx):
    """a hand seen from above at (x, y), its forearm reaching down to the panel's edge."""
    return (f'<path class="f" d="M{x - 5},{y + 6} L{x - 5 + arm_dx},119 M{x + 5},{y + 6} L{x + 5 + arm_dx},119"/>'
            f'<ellipse class="f" cx="{x}" cy="{y}" rx="7" ry="8"/>')
def desk(mouse_x, hand_side):
    keys = ''.join(f'M{34 + i * 7},46 L{34 + i * 7},68 ' for i in range(1, 6))
    parts = [
        '<rect class="f" x="30" y="46" width="48" height="22" rx="3"/>',
        f'<path class="p" d="{keys} M30,57 L78,57"/>',
        f'<rect class="f" x="{mouse_x - 6}" y="46" width="12" height="20" rx="6"/>',
        f'<path class="p" d="M{mouse_x},46 L{mouse_x},52"/>',
    ]
    if hand_side > 0:
        parts.append(hand(mouse_x, 74, 8))
        parts.append(hand(36, 76, -10))
    else:
        parts.append(hand(mouse_x, 74, -8))
    return '\n'.join(parts)
drawings['switch-mouse-hand'] = ('Switch mouse hand, the desk from above',
    'The mouse starts beside the keyboard under the usual hand, then moves to the other side and the other hand takes it; the usual arm hangs loose.',
    desk(92, 1), desk(16, -1) + '\n' + curved('M90,34 Q54,14 18,34', 30, 26, 18, 34))

# --- eyes-down check: side view at a screen; the head stays level and the eyes look down --------
def screen():
    return ('<rect class="p" x="90" y="18" width="8" height="50" rx="2"/>'
            '<path class="p" d="M94,68 L94,88 M86,88 L104,88 M62,88 L108,88"/>')
start = '\n'.join([chair(18), seated_body((28, 88), (30, 50)), screen(),
                   '<path class="f" d="M30,50 L40,42"/>', side_head(47, 35, tilt=28),
                   '<path class="g" d="M53,40 L89,60"/>'])
end = '\n'.join([chair(18), seated_body((28, 88), (30, 50)), screen(),
                 '<path class="f" d="M30,50 L31,38"/>', side_head(33, 28),
                 '<path class="a" stroke-dasharray="4 3" d="M39,27 L88,58"/>' + head_arrow(39, 27, 88, 58),
                 '<path class="g" d="M44,20 L86,20"/>'])
drawings['eyes-down-check'] = ('Eyes-down posture check, seen from the side',
    'Instead of bending the neck to read the lower part of the screen, the head sits level over the shoulders and only the eyes look down.',
    start, end)

# --- stand up and move: from the chair to walking, shoulders rolling backwards ------------------
def walker(roll):
    parts = [
        side_head(55, 15),
        '<path class="f" d="M55,24 L55,32 L53,68"/>',
        '<path class="f" d="M53,68 L62,88 L70,110 L77,110"/>',
        '<path class="f" d="M53,68 L48,90 L38,108 L44,111"/>',
        '<path class="f" d="M55,33 L62,50 L70,58"/>',
        '<path class="f" d="M55,33 L47,50 L42,62"/>',
    ]
    if roll:
        # backwards: up, back, down (the figure faces right)
        parts.append(curved('M64,30 A11,11 0 1,0 50,44', 45, 41, 50, 44))
    return '\n'.join(parts)
start = '\n'.join([chair(), seated_body(), '<path class="f" d="M40,50 L41,38"/>', side_head(43, 28)])
drawings['stand-and-move'] = ('Stand up and move, seen from the side',
    'From sitting, stand up and walk a few steps with the arms swinging loosely, rolling the shoulders slowly backwards.',
    start, walker(True))

# --- lat pinch: front view; one hand reaches across to the muscle under the other armpit --------
def front(reach):
    parts = [
        '<circle class="f" cx="55" cy="17" r="10"/>',
        '<path class="f" d="M55,27 L55,33"/>',
        '<path class="f" d="M32,40 Q55,31 78,40 L72,102 L38,102 Z"/>',
        '<ellipse class="s" cx="74" cy="56" rx="5" ry="9"/>',
    ]
    if reach:
        parts += ['<path class="f" d="M32,41 L42,66 L70,54"/>',
                  '<path class="f" d="M78,41 L92,62 L96,86"/>',
                  '<circle class="d" cx="70" cy="54" r="3.5"/>']
    else:
        parts += ['<path class="f" d="M32,41 L25,70 L26,98"/>',
                  '<path class="f" d="M78,41 L85,70 L84,98"/>']
    return '\n'.join(parts)
drawings['lat-pinch'] = ('Pinch and hold the lat, seen from the front',
    'Arms at the sides; then one hand reaches across the chest and pinches the muscle under the opposite armpit, at the outer edge of the shoulder blade, and holds.',
    front(False), front(True))

# --- ball massage, back: side view; the ball between upper back and wall ------------------------
def wall_left(x=20):
    return f'<path class="p" d="M{x},6 L{x},114 M{x},14 L{x-8},8 M{x},30 L{x-8},24 M{x},46 L{x-8},40 M{x},62 L{x-8},56 M{x},78 L{x-8},72 M{x},94 L{x-8},88 M{x},110 L{x-8},104"/><path class="p" d="M{x},114 L104,114"/>'
def leaning_back(drop, arrows):
    y = drop
    knee_x = 46 + drop
    parts = [wall_left(),
             side_head(38, 14 + y),
             f'<path class="f" d="M36,23 L35,{31 + y} L37,{70 + y}"/>',
             f'<path class="f" d="M37,{70 + y} L{knee_x},{92 + y / 2} L50,112 L58,112"/>',
             f'<path class="f" d="M35,{32 + y} L40,{54 + y} L46,{68 + y}"/>',
             f'<circle class="s" cx="{26.5}" cy="{46 + drop / 2}" r="6"/>']
    if arrows:
        parts.append(arrow(10, 56, 10, 38))
        parts.append(arrow(10, 38, 10, 56))
    return '\n'.join(parts)
drawings['ball-massage-back'] = ('Ball self-massage against a wall, seen from the side',
    'Standing with a ball between the upper back and a wall; leaning in on a tender spot, then bending the knees a little to roll slowly over it.',
    leaning_back(0, False), leaning_back(6, True))

# --- ball massage, chest: side view; facing the wall, ball below the collarbone near the shoulder
def facing_wall(lean, circles):
    parts = [f'<path class="p" d="M92,6 L92,114 M92,14 L100,8 M92,30 L100,24 M92,46 L100,40 M92,62 L100,56 M92,78 L100,72 M92,94 L100,88 M92,110 L100,104"/><path class="p" d="M6,114 L92,114"/>',
             f'<g transform="translate(4,0) rotate({lean},72,40)">',
             side_head(70, 16),
             '<path class="f" d="M71,25 L72,32 L69,72"/>',
             '<path class="f" d="M69,72 L68,92 L62,112 L70,112"/>',
             '<path class="f" d="M72,33 L66,54 L62,70"/>',
             '</g>',
             '<circle class="s" cx="85" cy="40" r="6.5"/>']
    if circles:
        cx = 85
        parts.append(curved(f'M{cx:.1f},30 A10,10 0 1,1 {cx - 9.5:.1f},43', cx - 10, 39, cx - 9.5, 43))
    return '\n'.join(parts)
drawings['ball-massage-chest'] = ('Chest release with a ball, seen from the side',
    'Facing a wall with a ball between the wall and the chest just below the collarbone near the shoulder; leaning in gently and making slow circles.',
    facing_wall(0, False), facing_wall(6, True))

# --- walk and stretch: walk, then the chest stretch in a door frame -----------------------------
def frame_stretch():
    return '\n'.join([
        '<path class="p" d="M16,6 L16,114 M22,6 L22,114 M6,114 L104,114"/>',
        side_head(58, 16),
        '<path class="f" d="M57,25 L56,33 L55,70"/>',
        '<path class="f" d="M55,70 L66,90 L72,112 L80,112"/>',
        '<path class="f" d="M55,70 L50,92 L44,112 L50,112"/>',
        '<path class="f" d="M56,34 L24,34"/>', '<circle class="d" cx="24" cy="34" r="3"/>',
        curved('M60,46 Q70,50 78,48', 72, 50, 78, 48),
    ])
drawings['walk-and-stretch'] = ('Walk and stretch, seen from the side',
    'Walking away from the screen, then stretching the chest in a door frame: hand on the frame at shoulder height behind you, stepping through.',
    walker(False) + '\n' + arrow(40, 116, 70, 116), frame_stretch())

only = sys.argv[1:]
for id_, (title, desc, s, e) in drawings.items():
    if only and id_ not in only:
        continue
    open(os.path.join(OUT, id_ + '.svg'), 'w').write(svg(id_, title, desc, s, e))
print(' '.join(drawings))
