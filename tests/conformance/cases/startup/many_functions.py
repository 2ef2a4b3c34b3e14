# forty functions with float constants: compiling crosses threshold 0 on some versions
import gc
print(gc.get_count(), [s["collections"] for s in gc.get_stats()])
def work0(a, b=0):
    total = a * 0.5
    for k in range(b):
        total += k
    return total, 'w0'
def work1(a, b=1):
    total = a * 1.5
    for k in range(b):
        total += k
    return total, 'w1'
def work2(a, b=2):
    total = a * 2.5
    for k in range(b):
        total += k
    return total, 'w2'
def work3(a, b=3):
    total = a * 3.5
    for k in range(b):
        total += k
    return total, 'w3'
def work4(a, b=4):
    total = a * 4.5
    for k in range(b):
        total += k
    return total, 'w4'
def work5(a, b=5):
    total = a * 5.5
    for k in range(b):
        total += k
    return total, 'w5'
def work6(a, b=6):
    total = a * 6.5
    for k in range(b):
        total += k
    return total, 'w6'
def work7(a, b=7):
    total = a * 7.5
    for k in range(b):
        total += k
    return total, 'w7'
def work8(a, b=8):
    total = a * 8.5
    for k in range(b):
        total += k
    return total, 'w8'
def work9(a, b=9):
    total = a * 9.5
    for k in range(b):
        total += k
    return total, 'w9'
def work10(a, b=10):
    total = a * 10.5
    for k in range(b):
        total += k
    return total, 'w10'
def work11(a, b=11):
    total = a * 11.5
    for k in range(b):
        total += k
    return total, 'w11'
def work12(a, b=12):
    total = a * 12.5
    for k in range(b):
        total += k
    return total, 'w12'
def work13(a, b=13):
    total = a * 13.5
    for k in range(b):
        total += k
    return total, 'w13'
def work14(a, b=14):
    total = a * 14.5
    for k in range(b):
        total += k
    return total, 'w14'
def work15(a, b=15):
    total = a * 15.5
    for k in range(b):
        total += k
    return total, 'w15'
def work16(a, b=16):
    total = a * 16.5
    for k in range(b):
        total += k
    return total, 'w16'
def work17(a, b=17):
    total = a * 17.5
    for k in range(b):
        total += k
    return total, 'w17'
def work18(a, b=18):
    total = a * 18.5
    for k in range(b):
        total += k
    return total, 'w18'
def work19(a, b=19):
    total = a * 19.5
    for k in range(b):
        total += k
    return total, 'w19'
def work20(a, b=20):
    total = a * 20.5
    for k in range(b):
        total += k
    return total, 'w20'
def work21(a, b=21):
    total = a * 21.5
    for k in range(b):
        total += k
    return total, 'w21'
def work22(a, b=22):
    total = a * 22.5
    for k in range(b):
        total += k
    return total, 'w22'
def work23(a, b=23):
    total = a * 23.5
    for k in range(b):
        total += k
    return total, 'w23'
def work24(a, b=24):
    total = a * 24.5
    for k in range(b):
        total += k
    return total, 'w24'
def work25(a, b=25):
    total = a * 25.5
    for k in range(b):
        total += k
    return total, 'w25'
def work26(a, b=26):
    total = a * 26.5
    for k in range(b):
        total += k
    return total, 'w26'
def work27(a, b=27):
    total = a * 27.5
    for k in range(b):
        total += k
    return total, 'w27'
def work28(a, b=28):
    total = a * 28.5
    for k in range(b):
        total += k
    return total, 'w28'
def work29(a, b=29):
    total = a * 29.5
    for k in range(b):
        total += k
    return total, 'w29'
def work30(a, b=30):
    total = a * 30.5
    for k in range(b):
        total += k
    return total, 'w30'
def work31(a, b=31):
    total = a * 31.5
    for k in range(b):
        total += k
    return total, 'w31'
def work32(a, b=32):
    total = a * 32.5
    for k in range(b):
        total += k
    return total, 'w32'
def work33(a, b=33):
    total = a * 33.5
    for k in range(b):
        total += k
    return total, 'w33'
def work34(a, b=34):
    total = a * 34.5
    for k in range(b):
        total += k
    return total, 'w34'
def work35(a, b=35):
    total = a * 35.5
    for k in range(b):
        total += k
    return total, 'w35'
def work36(a, b=36):
    total = a * 36.5
    for k in range(b):
        total += k
    return total, 'w36'
def work37(a, b=37):
    total = a * 37.5
    for k in range(b):
        total += k
    return total, 'w37'
def work38(a, b=38):
    total = a * 38.5
    for k in range(b):
        total += k
    return total, 'w38'
def work39(a, b=39):
    total = a * 39.5
    for k in range(b):
        total += k
    return total, 'w39'
